package org.currents.cli;

import picocli.CommandLine.Command;

/** {@code currents eval ...}: quality on public data sets, printed as tables. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on public evaluation data (give the data folder).",
    subcommands = {EvalEventsCommand.class, EvalSummariesCommand.class})
final class EvalCommand {}
