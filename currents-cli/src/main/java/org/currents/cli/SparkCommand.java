package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.spark.SparkBuild;
import org.currents.spark.SparkJob;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents spark run}: the whole pipeline on Apache Spark, in this JVM. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = "Runs the pipeline on Apache Spark (see docs/scale-out.md for a real cluster).",
    subcommands = {SparkCommand.Run.class})
final class SparkCommand extends CommandGroup {

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Ingests INPUT (WARC, JSON Lines, HTML files or folders) into the store and builds the portal",
        "as ingest + build would, with ingest, extraction, dedup, entities and clustering run on Spark.",
        "On a cluster, use spark-submit with org.currents.spark.SparkMain instead."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/portal", description = "Markdown portal (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--events", paramLabel = "FILE", description = "Also write the events as JSON Lines here.")
    @Nullable Path events;

    @Option(names = "--partitions", description = "Tasks per parallel stage (default: 4 per core of the master).")
    @Nullable Integer partitions;

    @Option(names = "--window-days", defaultValue = "" + SparkBuild.DEFAULT_WINDOW_DAYS, description = "Clustering time window in days (default ${DEFAULT-VALUE}: the whole batch as one window, exactly the single machine's events; windows over the quiet period give approximate events near their ends).")
    int windowDays;

    @Option(names = "--max-key-articles", defaultValue = "0", description = "Clustering blocks: leave out keys held by more than N articles of a window (default 0: exact, no bound; a bound may split events the single machine makes).")
    int maxKeyArticles;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
      Main main = spec.commandLine().getParent().getParent().getCommand();
      PrintWriter err = spec.commandLine().getErr();
      TerminalProgress progress = TerminalProgress.forConsole(err);
      return new SparkJob(inputs, main.storeLocation(), out, events, partitions, windowDays, maxKeyArticles)
          .runLocal(master, progress, line -> {
            progress.finish();
            err.println(line);
          });
    }
  }
}
