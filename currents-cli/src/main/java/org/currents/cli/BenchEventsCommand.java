package org.currents.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.ingest.FileInputReader;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Event;
import org.currents.model.Outcome;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
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
      "Entities are left out (the clusterer's default weighs them 0). Give a large heap for 1M:",
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
    List<Article> base = new ArrayList<>();
    FileInputReader reader = FileInputReader.withDefaults();
    for (String source : corpus) {
      reader.read(source, o -> {
        if (o instanceof Outcome.Ok<org.currents.model.Ingested> ok && ok.value() instanceof Article a) {
          base.add(a);
        }
      });
    }
    if (base.size() < 2) {
      spec.commandLine().getErr().println("currents: need at least two JSON Lines articles in " + corpus);
      return 1;
    }
    out.printf(Locale.ROOT, "resampling %d real articles; heap max %d MB; %d cores%n", base.size(),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%10s %10s %12s %10s %14s%n", "articles", "events", "articles/s", "seconds", "peak heap MB");
    out.flush();
    for (int n : sizes) {
      List<AnnotatedArticle> stream =
          synthesise(base, n, new Random(seed)).stream()
              .sorted(BuildRun.PUBLICATION_ORDER)
              .map(a -> new AnnotatedArticle(a, List.of()))
              .toList();
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      List<Event> events = new TfIdfEventClusterer().cluster(stream);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "%10d %10d %12.0f %10.1f %14d%n", n, events.size(), n / seconds, seconds, peakHeapMb());
      out.flush();
    }
    return 0;
  }

  /**
   * {@code n} articles, each the opening paragraphs of one article of {@code base} and two
   * paragraphs of another, dated at random over 2025; ids {@code bench-0}, {@code bench-1}, ...
   */
  static List<Article> synthesise(List<Article> base, int n, Random random) {
    LocalDate first = LocalDate.of(2025, 1, 1);
    List<Article> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = base.get(random.nextInt(base.size()));
      Article b = base.get(random.nextInt(base.size()));
      String[] pa = a.text().split("\n\n");
      String[] pb = b.text().split("\n\n");
      List<String> paragraphs = new ArrayList<>(List.of(pa).subList(0, Math.min(pa.length, 2 + random.nextInt(4))));
      for (int k = 0; k < 2 && pb.length > 0; k++) {
        paragraphs.add(pb[random.nextInt(pb.length)]);
      }
      String text = String.join("\n\n", paragraphs);
      String id = "bench-" + i;
      articles.add(new Article(id, null, a.title(), null,
          PublishDate.ofDay(first.plusDays(random.nextInt(365)), DateSource.GIVEN), null, "en", null, text,
          new Provenance("bench", null, Instant.EPOCH, ContentHash.sha256Hex(id))));
    }
    return articles;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
