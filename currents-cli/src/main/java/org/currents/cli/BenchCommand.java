package org.currents.cli;

import picocli.CommandLine.Command;

/** {@code currents bench ...}: speed measured on inputs given on the command line. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures a stage's speed and prints a table.",
    subcommands = {BenchEntitiesCommand.class})
final class BenchCommand {}
