package org.currents.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.dedup.NearDuplicateIndex;
import org.currents.dedup.TextSketch;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench dedup DIR}: near-duplicate grouping speed and memory on articles
 * synthesised by resampling the real benchmark texts (each word kept with probability 1/2, else
 * drawn from the corpus vocabulary, so articles read like news but are distinct), one in ten being
 * a truncated or lightly edited copy of a recent one. Texts are generated in batches outside the
 * timing; the timing covers sketching (on all cores) and indexing. The competitor, exact all-pairs
 * shingle containment, runs on a small sample in the same run; its speed and its agreement with
 * the index are printed as ratios.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Measures near-duplicate grouping: articles/s and peak heap at each size, on articles",
      "synthesised from the real benchmark texts; compares with exact all-pairs containment."
    })
final class DedupBenchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The extraction benchmark folder (holding scrapinghub/).")
  Path dir;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "100000,1000000",
      description = "Numbers of articles (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--exact-sample",
      defaultValue = "2000",
      description = "Articles the all-pairs competitor runs on (default: ${DEFAULT-VALUE}).")
  int exactSample;

  @Option(
      names = "--full-up-to",
      defaultValue = "100000",
      description =
          "Also time MinHashDeduplicator.group (the build's path: furniture stripping, exact"
              + " confirmation) at sizes up to this (default: ${DEFAULT-VALUE}).")
  int fullUpTo;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  private static final int BATCH = 10_000;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<BenchmarkPages> pages = BenchmarkPages.load(dir);
    List<String[]> bases = new ArrayList<>();
    Set<String> vocabulary = new LinkedHashSet<>();
    for (BenchmarkPages p : pages) {
      String[] words = p.body().split("\\s+");
      bases.add(words);
      vocabulary.addAll(List.of(words));
    }
    String[] vocab = vocabulary.toArray(new String[0]);
    out.printf(Locale.ROOT, "dedup bench: %d real texts, %d distinct words; %d cores, max heap %d MB%n",
        bases.size(), vocab.length, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    for (int n : sizes) {
      index(out, n, new Synthesizer(bases, vocab, seed));
      if (n <= fullUpTo) {
        full(out, n, new Synthesizer(bases, vocab, seed));
      }
    }
    competitor(out, new Synthesizer(bases, vocab, seed + 1));
    return 0;
  }

  /** The index alone, streaming: what ingest-time dedup of a large archive costs. */
  private static void index(PrintWriter out, int n, Synthesizer synth) {
    resetPeaks();
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    int[] source = new int[n];
    long nanos = 0;
    for (int from = 0; from < n; from += BATCH) {
      String[] texts = synth.batch(from, Math.min(BATCH, n - from), source);
      long t0 = System.nanoTime();
      TextSketch[] sketches =
          IntStream.range(0, texts.length).parallel().mapToObj(k -> TextSketch.of(texts[k])).toArray(TextSketch[]::new);
      for (int k = 0; k < texts.length; k++) {
        index.add(new long[] {TextSketch.mix(texts[k].hashCode() * 31L + texts[k].length())}, sketches[k]);
      }
      nanos += System.nanoTime() - t0;
    }
    long peak = peakHeapBytes();
    int copies = 0, found = 0, falseJoins = 0;
    for (int k = 0; k < n; k++) {
      if (source[k] >= 0) {
        copies++;
        found += index.groupOf(k) == index.groupOf(source[k]) ? 1 : 0;
      } else if (index.groupOf(k) != k) { // a fresh article joined an earlier group
        falseJoins++;
      }
    }
    out.printf(Locale.ROOT,
        "index  %,9d articles: %,8.0f articles/s, peak heap %,6d MB; copies found %d of %d (%.3f),"
            + " distinct articles wrongly joined %d%n",
        n, n / (nanos / 1e9), peak >> 20, found, copies, found / (double) Math.max(1, copies), falseJoins);
  }

  /** The build's path: {@code MinHashDeduplicator.group} over articles held in memory. */
  private static void full(PrintWriter out, int n, Synthesizer synth) {
    int[] source = new int[n];
    List<Article> articles = new ArrayList<>(n);
    for (int from = 0; from < n; from += BATCH) {
      String[] texts = synth.batch(from, Math.min(BATCH, n - from), source);
      for (int k = 0; k < texts.length; k++) {
        String id = "s" + (from + k);
        articles.add(new Article(id, "https://site" + ((from + k) % 500) + ".example/" + id, null, null,
            null, null, null, null, texts[k],
            new Provenance("bench", null, Instant.EPOCH, ContentHash.sha256Hex(texts[k]))));
      }
    }
    resetPeaks();
    long t0 = System.nanoTime();
    int groups = new MinHashDeduplicator().group(articles).size();
    long nanos = System.nanoTime() - t0;
    out.printf(Locale.ROOT, "group  %,9d articles: %,8.0f articles/s, peak heap %,6d MB (articles held: texts"
        + " included); %d groups%n", n, n / (nanos / 1e9), peakHeapBytes() >> 20, groups);
  }

  /** Exact all-pairs containment on a sample, side by side with the index on the same texts. */
  private void competitor(PrintWriter out, Synthesizer synth) {
    int m = exactSample;
    String[] texts = synth.batch(0, m, new int[m]);
    long t0 = System.nanoTime();
    List<long[]> sets = new ArrayList<>(m);
    for (String t : texts) {
      sets.add(shingles(t));
    }
    Set<Long> exactPairs = new HashSet<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < i; j++) {
        if (containment(sets.get(i), sets.get(j)) >= 0.8) {
          exactPairs.add((long) j * m + i);
        }
      }
    }
    long exactNanos = System.nanoTime() - t0;
    t0 = System.nanoTime();
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);
    TextSketch[] sketches =
        IntStream.range(0, m).parallel().mapToObj(k -> TextSketch.of(texts[k])).toArray(TextSketch[]::new);
    for (int k = 0; k < m; k++) {
      index.add(new long[0], sketches[k]);
    }
    long indexNanos = System.nanoTime() - t0;
    int agreed = 0, indexPairs = 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < i; j++) {
        boolean grouped = index.groupOf(i) == index.groupOf(j);
        indexPairs += grouped ? 1 : 0;
        agreed += grouped && exactPairs.contains((long) j * m + i) ? 1 : 0;
      }
    }
    out.printf(Locale.ROOT,
        "competitor: exact all-pairs containment on %d articles: %,.0f articles/s; index on the same:"
            + " %,.0f articles/s (%.0fx); index pairs %d, exact pairs %d, in both %d (recall vs exact"
            + " %.3f)%n",
        m, m / (exactNanos / 1e9), m / (indexNanos / 1e9), (double) exactNanos / indexNanos,
        indexPairs, exactPairs.size(), agreed, agreed / (double) Math.max(1, exactPairs.size()));
  }

  /** The text's distinct shingle hashes, sorted, so two sets intersect in one merge pass. */
  private static long[] shingles(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    long[] out = new long[Math.max(0, w.length - 2)];
    for (int i = 0; i + 3 <= w.length; i++) {
      out[i] = TextSketch.mix((w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]).hashCode());
    }
    return java.util.Arrays.stream(out).sorted().distinct().toArray();
  }

  private static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return TextSketch.sharedCount(a, b) / (double) Math.min(a.length, b.length);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the peak heap. */
  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Makes news-like articles from real texts, with a seed: the same run gives the same texts. */
  private static final class Synthesizer {
    private static final int RECENT = 1000;
    private final List<String[]> bases;
    private final String[] vocab;
    private final Random random;
    private final String[] recent = new String[RECENT];

    Synthesizer(List<String[]> bases, String[] vocab, long seed) {
      this.bases = bases;
      this.vocab = vocab;
      this.random = new Random(seed);
    }

    /** Texts {@code from .. from + count}; {@code source[k]} is the article copied, or -1. */
    String[] batch(int from, int count, int[] source) {
      String[] texts = new String[count];
      for (int k = 0; k < count; k++) {
        int index = from + k;
        boolean copy = index > 10 && random.nextInt(10) == 0;
        if (copy) {
          int of = index - 1 - random.nextInt(Math.min(index, RECENT));
          source[index] = of;
          texts[k] = variant(recent[of % RECENT]);
        } else {
          source[index] = -1;
          texts[k] = fresh();
        }
        recent[index % RECENT] = texts[k];
      }
      return texts;
    }

    private String fresh() {
      String[] base = bases.get(random.nextInt(bases.size()));
      int length = Math.min(base.length, 800);
      StringBuilder b = new StringBuilder(length * 7);
      for (int w = 0; w < length; w++) {
        b.append(random.nextBoolean() ? base[w] : vocab[random.nextInt(vocab.length)]);
        b.append(w % 60 == 59 ? "\n\n" : " ");
      }
      return b.toString();
    }

    private String variant(String text) {
      if (random.nextBoolean()) {
        return text.substring(0, (int) (text.length() * (0.4 + 0.5 * random.nextDouble())));
      }
      String[] words = text.split(" ");
      for (int w = 0; w < words.length; w++) {
        if (random.nextInt(33) == 0) {
          words[w] = vocab[random.nextInt(vocab.length)];
        }
      }
      return String.join(" ", words);
    }
  }
}
