package org.currents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code eval}, {@code bench}): alone, a usage error. */
abstract class CommandGroup implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: one of " + spec.subcommands().keySet());
  }
}
