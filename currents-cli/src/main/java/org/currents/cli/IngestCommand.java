package org.currents.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.ingest.fetch.FetchConfig;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.RunReport;
import org.currents.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents ingest SOURCE...}: extract and store; re-ingesting changes nothing. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads pages and articles into the store: URLs (fetched politely: robots.txt, per-host",
      "delay, retries; private addresses refused), RSS, Atom and JSON feeds and Google News",
      "sitemaps (files or URLs; linked pages are fetched), WARC and WARC.gz files, HTML files",
      "(.html, .htm, optionally .gz), directories of them, JSON Lines of articles (.jsonl:",
      "{\"id\", \"url\"?, \"title\"?, \"published\"?, \"site\"?, \"text\"}) and - (HTML on stdin).",
      "A source that fails is recorded with its reason; the run goes on.",
      "Already stored articles (same id or same text) are skipped as duplicates."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "URLs, feeds, sitemaps, WARC files, HTML or JSON Lines files, directories, -.")
  List<String> sources;

  @Mixin FetchOptions fetch = new FetchOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RunReport report = ingest(main, sources, fetch.config(), err);
    return report.anyFailed(IngestRun.READ) || report.anyFailed(IngestRun.EXTRACT) ? 1 : 0;
  }

  /** Ingests {@code sources} into the store of {@code main}; prints counts and problems to err. */
  static RunReport ingest(Main main, List<String> sources, FetchConfig fetch, PrintWriter err) {
    DefaultStages stages = DefaultStages.create();
    try (Stores stores = main.openStores()) {
      IngestRun run =
          new IngestRun(
              DefaultStages.sourceReader(stores.fetchMemory(), fetch),
              stages.extractor(),
              stores.articles());
      RunReport report = run(run, sources, err);
      err.println("store: " + stores.articles().articleCount() + " articles in " + stores.location());
      return report;
    }
  }

  /** Runs {@code run} over {@code sources} with progress; prints its problems and counts. */
  static RunReport run(IngestRun run, List<String> sources, PrintWriter err) {
    TerminalProgress progress = TerminalProgress.forConsole(err);
    RunReport report = run.run(sources, progress);
    progress.finish();
    report.problems().stream()
        .filter(p -> !p.code().id().equals("duplicate"))
        .forEach(p -> err.println("  " + p));
    report.lines().forEach(err::println);
    return report;
  }
}
