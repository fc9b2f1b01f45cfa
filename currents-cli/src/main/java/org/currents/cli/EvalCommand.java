package org.currents.cli;

import picocli.CommandLine.Command;

/** {@code currents eval ...}: quality measured on evaluation corpora given on the command line. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures a stage on an evaluation corpus and prints a table.",
    subcommands = {EvalEntitiesCommand.class})
final class EvalCommand {}
