package org.currents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code currents eval ...}: quality measured on evaluation data given by path. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on evaluation data (the data folder is an argument).",
    subcommands = {
      DedupEvalCommand.class,
      EvalEntitiesCommand.class,
      EvalEventsCommand.class,
      EvalSummariesCommand.class
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
