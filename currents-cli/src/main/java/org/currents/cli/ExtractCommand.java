package org.currents.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.ingest.FileInputReader;
import org.currents.model.Article;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.currents.pipeline.RunReport;
import org.currents.publish.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents extract FILE...}: one JSON object per page on stdout; nothing is stored. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article from each page and prints one JSON object per page (JSON Lines).",
      "Reads .html, .htm, .html.gz files, directories of them, and - for stdin.",
      "A page that fails prints {\"source\", \"problem\": {\"code\", \"detail\"}} and the run goes on."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pages to extract.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DefaultStages stages = DefaultStages.create();
    FileInputReader reader = FileInputReader.withDefaults();
    RunReport report = new RunReport();
    for (String file : files) {
      reader.read(
          file,
          item -> {
            Outcome<Article> result = extract(item, stages);
            report.count("extract", result);
            out.println(row(result).toString());
          });
    }
    out.flush();
    report.lines().forEach(err::println);
    return report.anyFailed("extract") ? 1 : 0;
  }

  private static Outcome<Article> extract(Outcome<Ingested> item, DefaultStages stages) {
    if (item instanceof Outcome.Ok<Ingested> ok) {
      return ok.value() instanceof RawPage page
          ? stages.extractor().extract(page)
          : Outcome.ok((Article) ok.value());
    }
    return item instanceof Outcome.Failed<Ingested> f
        ? new Outcome.Failed<>(f.problem())
        : new Outcome.Skipped<>(((Outcome.Skipped<Ingested>) item).reason());
  }

  private static ObjectNode row(Outcome<Article> result) {
    if (result instanceof Outcome.Ok<Article> ok) {
      return ArticleJson.of(ok.value());
    }
    return ArticleJson.of(
        result instanceof Outcome.Failed<Article> f
            ? f.problem()
            : ((Outcome.Skipped<Article>) result).reason());
  }
}
