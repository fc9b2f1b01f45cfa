package org.currents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.currents.extract.ArticleExtractor;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.RawPage;

/**
 * Times extractors on the same pages in the same run, on one thread: passes to warm up until the
 * JIT compiler has settled, then {@code passes} timed passes. Time is the CPU time of the extracting thread (of the Node process
 * for Readability.js), so pages per second is per core and holds on a machine shared with other
 * work, where wall-clock time would mostly measure waiting. Readability.js runs in Node,
 * installed by npm into a temp folder on each run from the committed {@code
 * readability-package.json}; when Node or npm is missing, or the install fails, its row says so.
 * Not thread safe: a bench owns the machine while it runs.
 */
public final class SpeedBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A tool's time on the pages, or why it did not run ({@code seconds} is then 0). */
  public record Timing(String tool, int pages, double seconds, String note) {
    public double pagesPerSecond() {
      return seconds > 0 ? pages / seconds : 0;
    }

    static Timing skipped(String tool, String why) {
      return new Timing(tool, 0, 0, why);
    }
  }

  /** Warm-up passes before the JIT compiler's activity is even looked at. */
  private static final int MIN_WARM_UP = 3;
  /** A tool whose code the JIT keeps compiling after this many passes is timed anyway. */
  private static final int MAX_WARM_UP = 30;
  /** JIT time in a pass, as a share of the pass's CPU time, under which compilation has settled. */
  private static final double SETTLED_JIT_SHARE = 0.02;

  private final List<ArticleBenchmark.Page> pages;
  private final List<byte[]> bodies = new ArrayList<>();
  private final int passes;

  public SpeedBench(List<ArticleBenchmark.Page> pages, int passes) throws IOException {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1");
    }
    this.pages = List.copyOf(pages);
    this.passes = passes;
    for (ArticleBenchmark.Page page : pages) {
      bodies.add(page.raw().body());
    }
  }

  /**
   * Times a Java extractor; {@code extract} returns the characters it extracted (kept live). Why
   * the warm-up waits for the JIT: one warm-up pass left the timed passes running code that was
   * still being compiled (and deoptimised), which measured the compiler's progress, not the
   * extractor, and more so on a loaded machine where the compiler threads wait for a core.
   */
  public Timing time(String tool, ToIntFunction<byte[]> extract) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long sink = 0;
    int warmUps = 0;
    boolean settled = false;
    while (!settled && warmUps < MAX_WARM_UP) {
      long jitBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
      long cpuBefore = threads.getCurrentThreadCpuTime();
      sink += pass(extract);
      double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
      long jitMillis = jitTimed ? jit.getTotalCompilationTime() - jitBefore : 0;
      warmUps++;
      settled = warmUps >= MIN_WARM_UP && jitMillis <= cpuMillis * SETTLED_JIT_SHARE;
    }
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < passes; i++) {
      sink += pass(extract);
    }
    double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
    String note = sink > 0 ? "" : "extracted nothing; ";
    note += warmUps + " warm-up passes" + (settled ? "" : " (the JIT had not settled)");
    return new Timing(tool, bodies.size() * passes, seconds, note);
  }

  /** How Currents is timed: bytes in (decoding included), article out. */
  public static ToIntFunction<byte[]> currents(ArticleExtractor extractor) {
    return bytes -> {
      Outcome<Article> out = extractor.extract(new RawPage("bench", null, bytes, null, Instant.EPOCH));
      return out instanceof Outcome.Ok<Article> ok ? ok.value().text().length() : 0;
    };
  }

  /** Boilerpipe's ArticleExtractor, given the page as UTF-8 text (the benchmark's encoding). */
  public static ToIntFunction<byte[]> boilerpipe() {
    return bytes -> {
      try {
        String text =
            de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(
                new String(bytes, StandardCharsets.UTF_8));
        return text == null ? 0 : text.length();
      } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
        return 0;
      }
    };
  }

  private long pass(ToIntFunction<byte[]> extract) {
    long chars = 0;
    for (byte[] body : bodies) {
      chars += extract.applyAsInt(body);
    }
    return chars;
  }

  /**
   * Installs Readability.js and jsdom with npm into a temp folder, writes the pages there as
   * {@code .html} files, and times them in Node the same way. The folder is deleted afterwards.
   */
  public Timing readabilityJs() throws IOException, InterruptedException {
    String tool = "readability.js";
    Path work = Files.createTempDirectory("currents-readability-bench");
    try {
      copyResource("readability-package.json", work.resolve("package.json"));
      copyResource("readability-bench.js", work.resolve("bench.js"));
      Path html = Files.createDirectory(work.resolve("pages"));
      for (int i = 0; i < bodies.size(); i++) {
        Files.write(html.resolve(pages.get(i).id() + ".html"), bodies.get(i));
      }
      Process install =
          run(work, "npm", "install", "--no-audit", "--no-fund", "--silent", "--no-package-lock");
      if (install == null || !install.waitFor(10, TimeUnit.MINUTES) || install.exitValue() != 0) {
        return Timing.skipped(tool, "npm install failed or npm is missing: " + output(install));
      }
      Process node = run(work, "node", "bench.js", html.toString(), Integer.toString(passes));
      if (node == null || !node.waitFor(30, TimeUnit.MINUTES) || node.exitValue() != 0) {
        return Timing.skipped(tool, "node failed or is missing: " + output(node));
      }
      String last = output(node).strip();
      JsonNode result = JSON.readTree(last.substring(last.lastIndexOf('\n') + 1));
      return new Timing(
          tool, result.get("pages").asInt(), result.get("seconds").asDouble(),
          "@mozilla/readability 0.6.0, jsdom 26.1.0, node " + version());
    } finally {
      deleteTree(work);
    }
  }

  /**
   * The most heap that extracting one page took: the peak of every heap pool, reset just before.
   * An upper bound, since garbage not yet collected counts too.
   */
  public static long peakHeapBytes(ArticleExtractor extractor, byte[] page) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    extractor.extract(new RawPage("bench", null, page, null, Instant.EPOCH));
    return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** A page of at least {@code bytes} bytes: the largest page's body repeated inside its markup. */
  public byte[] largePage(int bytes) {
    String html = "";
    for (byte[] body : bodies) {
      String s = new String(body, StandardCharsets.UTF_8);
      if (s.length() > html.length()) {
        html = s;
      }
    }
    int open = html.indexOf("<body");
    int close = html.lastIndexOf("</body>");
    if (open < 0 || close < open) {
      throw new IllegalStateException("the largest benchmark page has no <body>");
    }
    String inner = html.substring(html.indexOf('>', open) + 1, close);
    StringBuilder out = new StringBuilder(html.substring(0, html.indexOf('>', open) + 1));
    while (out.length() < bytes) {
      out.append(inner);
    }
    return out.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Process run(Path dir, String... command) {
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return null;
    }
  }

  private static String output(Process p) throws IOException {
    if (p == null) {
      return "could not start";
    }
    try (InputStream in = p.getInputStream()) {
      return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
    }
  }

  private static String version() throws InterruptedException {
    Process p = run(Path.of("."), "node", "--version");
    try {
      return p != null && p.waitFor(1, TimeUnit.MINUTES) ? output(p).strip() : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = SpeedBench.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      Files.copy(in, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
