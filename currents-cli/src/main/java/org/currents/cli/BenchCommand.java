package org.currents.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.currents.eval.ArticleBenchmark;
import org.currents.eval.SpeedBench;
import org.currents.extract.ArticleExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents bench extraction DIR}: pages per second beside other extractors, same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed beside other tools in the same run; prints tables, stores nothing.",
    subcommands = {
      BenchCommand.Extraction.class,
      DedupBenchCommand.class,
      BenchEntitiesCommand.class,
      BenchEventsCommand.class,
      BenchServeCommand.class,
      BenchSparkCommand.class
    })
final class BenchCommand extends CommandGroup {
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Times Currents, boilerpipe and Readability.js (installed with npm into a temp folder) on",
        "the pages of DIR/scrapinghub, one thread each, in CPU time (pages/s per core), and the peak heap on a 10 MB page."
      })
  static final class Extraction implements Callable<Integer> {
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The extraction data folder (holds scrapinghub/).")
    Path dir;

    @Option(names = "--passes", defaultValue = "5", description = "Timed passes over the pages (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--no-readability-js", description = "Skip Readability.js (no npm install).")
    boolean noReadabilityJs;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path benchmark = dir.resolve("scrapinghub");
      if (!Files.isRegularFile(benchmark.resolve("ground-truth.json"))) {
        spec.commandLine().getErr().println(
            "currents: no extraction data in " + dir + " (expected scrapinghub/ground-truth.json)");
        return 1;
      }
      if (passes < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--passes must be at least 1");
      }
      ArticleExtractor extractor = DefaultStages.create().extractor();
      ArticleBenchmark data = ArticleBenchmark.load(benchmark);
      SpeedBench bench = new SpeedBench(data.pages(), passes);
      List<SpeedBench.Timing> timings = new ArrayList<>();
      timings.add(bench.time("currents", SpeedBench.currents(extractor)));
      timings.add(bench.time("boilerpipe", SpeedBench.boilerpipe()));
      if (!noReadabilityJs) {
        timings.add(bench.readabilityJs());
      }
      out.printf(
          Locale.ROOT, "Extraction speed on %d benchmark pages, one thread, CPU time of %d passes once the JIT settled%n",
          data.pages().size(), passes);
      double currents = timings.get(0).pagesPerSecond();
      out.printf(Locale.ROOT, "  %-16s %9s %14s  %s%n", "tool", "pages/s", "currents is", "");
      for (SpeedBench.Timing t : timings) {
        if (t.seconds() == 0) {
          out.printf(Locale.ROOT, "  %-16s %9s %14s  %s%n", t.tool(), "-", "-", t.note());
        } else {
          out.printf(
              Locale.ROOT, "  %-16s %9.1f %13.1fx  %s%n", t.tool(), t.pagesPerSecond(),
              currents / t.pagesPerSecond(), t.note());
        }
      }
      byte[] large = bench.largePage(TEN_MB);
      long peak = SpeedBench.peakHeapBytes(extractor, large);
      out.printf(
          Locale.ROOT, "Peak heap extracting a %.1f MB page: %d MB (an upper bound: uncollected garbage counts)%n",
          large.length / 1048576.0, peak / 1048576);
      out.flush();
      return 0;
    }
  }
}
