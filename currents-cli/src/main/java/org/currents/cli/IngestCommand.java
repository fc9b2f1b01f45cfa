package org.currents.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.RunReport;
import org.currents.store.SqliteArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents ingest SOURCE...}: extract and store; re-ingesting changes nothing. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads pages and articles into the store: HTML files (.html, .htm, optionally .gz),",
      "directories of them, JSON Lines of articles (.jsonl: {\"id\", \"url\"?, \"title\"?,",
      "\"published\"?, \"site\"?, \"text\"}) and - (HTML on stdin).",
      "Already stored articles (same id or same text) are skipped as duplicates."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories or -.")
  List<String> sources;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RunReport report = ingest(main, sources, err);
    return report.anyFailed(IngestRun.READ) || report.anyFailed(IngestRun.EXTRACT) ? 1 : 0;
  }

  /** Ingests {@code sources} into the store of {@code main}; prints counts and problems to err. */
  static RunReport ingest(Main main, List<String> sources, PrintWriter err) {
    DefaultStages stages = DefaultStages.create();
    TerminalProgress progress = TerminalProgress.forConsole(err);
    try (SqliteArticleStore store = SqliteArticleStore.open(main.data)) {
      RunReport report =
          new IngestRun(stages.reader(), stages.extractor(), store).run(sources, progress);
      progress.finish();
      report.problems().stream()
          .filter(p -> !p.code().id().equals("duplicate"))
          .forEach(p -> err.println("  " + p));
      report.lines().forEach(err::println);
      err.println("store: " + store.articleCount() + " articles in " + main.data);
      return report;
    }
  }
}
