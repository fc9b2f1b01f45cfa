package org.currents.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.eval.ArticleBenchmark;
import org.currents.eval.ExtractionEval;
import org.currents.eval.MetadataEval;
import org.currents.extract.ArticleExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents eval extraction DIR}: Currents' scores beside other tools' on shared data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on evaluation data; prints tables, stores nothing.",
    subcommands = {
      EvalCommand.Extraction.class,
      DedupEvalCommand.class,
      EvalEntitiesCommand.class,
      EvalEventsCommand.class,
      EvalSummariesCommand.class
    })
final class EvalCommand extends CommandGroup {
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Scores article extraction on DIR/scrapinghub (the article extraction benchmark, beside the",
        "reference tools' outputs) and metadata on DIR/readability (Readability.js test pages)."
      })
  static final class Extraction implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The extraction data folder (holds scrapinghub/, readability/).")
    Path dir;

    @Option(names = "--pages", description = "Also list every benchmark page, worst first, and each metadata miss.")
    boolean pages;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path benchmark = dir.resolve("scrapinghub");
      Path readability = dir.resolve("readability").resolve("test-pages");
      if (!Files.isRegularFile(benchmark.resolve("ground-truth.json")) || !Files.isDirectory(readability)) {
        err.println(
            "currents: no extraction data in " + dir
                + " (expected scrapinghub/ground-truth.json and readability/test-pages/)");
        return 1;
      }
      ArticleExtractor extractor = DefaultStages.create().extractor();
      ArticleBenchmark data = ArticleBenchmark.load(benchmark);
      ExtractionEval eval = ExtractionEval.run("currents", extractor, data);
      out.println("Article extraction benchmark, " + data.pages().size() + " pages (" + benchmark + ")");
      out.println("4-word shingles, precision and recall averaged over pages, F1 of the averages");
      eval.table(data).forEach(out::println);
      out.println("currents outcomes: " + eval.outcomes());
      if (pages) {
        eval.pageLines(data).forEach(line -> out.println("  " + line));
      }
      out.println();
      List<MetadataEval.Field> fields = MetadataEval.run(extractor, readability);
      out.println("Metadata on Readability.js test pages (" + readability + "), where expected is present");
      MetadataEval.table(fields).forEach(out::println);
      if (pages) {
        fields.forEach(f -> f.misses().forEach(miss -> out.println("  " + f.name() + " " + miss)));
      }
      out.flush();
      return 0;
    }
  }
}
