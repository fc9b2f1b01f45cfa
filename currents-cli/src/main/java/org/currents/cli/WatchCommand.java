package org.currents.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.currents.model.Problem;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.RunReport;
import org.currents.store.SourceList;
import org.currents.store.ArticleStore;
import org.currents.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code currents watch}: polls the listed sources on a schedule and ingests what is new. Feeds
 * are fetched with conditional GET and their already stored links are not fetched again, so a poll
 * of an unchanged source costs one request. Each source's outcome is recorded in the list; a
 * failing source is retried on the next poll and never stops the others.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls the sources listed by 'currents sources' on a schedule and ingests only what is new.",
      "Each source's outcome is recorded (see 'currents sources list'); failing ones are retried."
    })
final class WatchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--interval",
      defaultValue = "PT15M",
      paramLabel = "DURATION",
      description = "Time between polls, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--once", description = "Poll once and exit (for cron, and for tests).")
  boolean once;

  @Mixin FetchOptions fetch = new FetchOptions();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (interval.isNegative() || interval.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be positive");
    }
    while (true) {
      int failed = poll(err);
      if (failed < 0) {
        err.println("no sources to watch; add some with 'currents sources add SOURCE...'");
        return 1;
      }
      if (once) {
        return failed > 0 ? 1 : 0;
      }
      err.println("next poll in " + interval);
      Thread.sleep(interval.toMillis());
    }
  }

  /** Reads every listed source once; returns how many failed, or -1 when none is listed. */
  private int poll(PrintWriter err) {
    DefaultStages stages = DefaultStages.create();
    try (Stores stores = main.openStores()) {
      ArticleStore store = stores.articles();
      List<SourceList.Source> sources = stores.sources().sources();
      if (sources.isEmpty()) {
        return -1;
      }
      IngestRun run =
          new IngestRun(
              DefaultStages.sourceReader(stores.fetchMemory(), fetch.config()),
              stages.extractor(),
              store);
      int failed = 0;
      for (SourceList.Source source : sources) {
        int before = store.articleCount();
        err.println("source " + source.location());
        RunReport report = IngestCommand.run(run, List.of(source.location()), err);
        int added = store.articleCount() - before;
        Problem sourceProblem =
            report.problems().stream()
                .filter(p -> p.input().equals(source.location()))
                .findFirst()
                .orElse(null);
        if (sourceProblem != null) {
          failed++;
          stores.sources().recordRead(source.location(), sourceProblem.code().id(), sourceProblem.detail());
        } else {
          stores.sources().recordRead(source.location(), "ok", added + " new articles; " + summary(report));
        }
      }
      err.println("store: " + store.articleCount() + " articles in " + stores.location());
      return failed;
    }
  }

  private static String summary(RunReport report) {
    Map<String, Integer> read = report.counts().getOrDefault(IngestRun.READ, Map.of());
    return read.isEmpty() ? "nothing new" : "read " + read;
  }
}
