package org.currents.cli;

import picocli.CommandLine.Command;

/** {@code currents bench ...}: speed and memory, printed as tables. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory (see each subcommand).",
    subcommands = {BenchEventsCommand.class, BenchServeCommand.class})
final class BenchCommand {}
