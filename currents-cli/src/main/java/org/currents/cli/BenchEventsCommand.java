package org.currents.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.eval.HeapSampler;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.Event;
import org.currents.pipeline.BuildRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench events}: clustering throughput and peak heap on synthetic streams made by
 * resampling real article texts over a year of dates.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters synthetic streams of N articles and prints articles/s and peak heap per size.",
      "Each article joins the opening paragraphs of one real article with two paragraphs of",
      "another (so texts repeat without being identical), dated at random over one year.",
      "Entities are left out (they only add candidate keys). Give a large heap for 1M:",
      "CURRENTS_JAVA_OPTS=-Xmx4g currents bench events --sizes 1000000."
    })
final class BenchEventsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Stream sizes (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--corpus", defaultValue = "samples", description = "Real articles to resample: JSON Lines files or folders (default: ${DEFAULT-VALUE}).")
  List<String> corpus;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> base = SyntheticArticles.read(corpus);
    if (base.size() < 2) {
      spec.commandLine().getErr().println("currents: need at least two JSON Lines articles in " + corpus);
      return 1;
    }
    out.printf(Locale.ROOT, "resampling %d real articles; heap max %d MB; %d cores%n", base.size(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    // Peak heap: the most in use at any sampled moment; pool peaks: the sum of each memory pool's
    // own peak, an upper bound (the measure of earlier runs).
    out.printf(Locale.ROOT, "%10s %10s %12s %10s %14s %14s %10s%n", "articles", "events", "articles/s", "seconds", "peak heap MB",
        "pool peaks MB", "input MB");
    out.flush();
    for (int n : sizes) {
      List<AnnotatedArticle> stream = synthesise(base, n, new Random(seed));
      System.gc();
      long input = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); // the stream itself
      resetPeaks();
      long start = System.nanoTime();
      List<Event> events;
      long peak;
      try (HeapSampler sampler = HeapSampler.start()) {
        events = new TfIdfEventClusterer().cluster(stream);
        peak = sampler.peakBytes();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%10d %10d %12.0f %10.1f %14d %14d %10d%n", n, events.size(), n / seconds, seconds, peak >> 20,
          poolPeaksMb(), input >> 20);
      out.flush();
    }
    return 0;
  }

  private static List<AnnotatedArticle> synthesise(List<Article> base, int n, Random random) {
    return SyntheticArticles.resample(base, n, random).stream()
        .sorted(BuildRun.PUBLICATION_ORDER).map(a -> new AnnotatedArticle(a, List.of())).toList();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long poolPeaksMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
