package org.currents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code currents bench ...}: speed and memory, with the competitor run side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory on data given by path, against a competitor.",
    subcommands = {DedupBenchCommand.class, BenchEntitiesCommand.class, BenchEventsCommand.class})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
