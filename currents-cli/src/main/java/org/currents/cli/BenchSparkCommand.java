package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.pipeline.IngestRun;
import org.currents.publish.ArticleJson;
import org.currents.spark.SparkBench;
import org.currents.spark.SparkStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench spark INPUT...}: the whole pipeline (ingest, extract, store, dedup,
 * entities, clustering, summaries, links, stories) on the same input, one machine's pipeline beside
 * Spark in local[1] and local[2], in one JVM, one after the other.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest + build on INPUT (files or folders: WARC, JSON Lines, HTML) with the single-machine",
      "pipeline, then on Spark local[1] and local[2], each into a fresh temporary store, and prints",
      "pages/s side by side with ratios. A first pass of each (single, local[2]) warms up, untimed.",
      "Spark's start-up is timed apart (a cluster's context outlives one run). --synthesise N first",
      "writes N articles resampled from INPUT's articles into --shards JSON Lines files and runs on those."
    })
final class BenchSparkCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT")
  List<Path> inputs;

  @Option(names = "--synthesise", defaultValue = "0", description = "Resample INPUT into this many articles first (default: none).")
  int synthesise;

  @Option(names = "--shards", defaultValue = "8", description = "JSON Lines files the synthesised articles are split into (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed of the resampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--max-key-articles", defaultValue = "0", description = "Spark clustering blocks: leave out keys held by more than N articles of a window (default 0: exact).")
  int maxKeyArticles;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        err.println("currents: no input at " + input + " (give WARC, JSON Lines or HTML files or folders)");
        return 1;
      }
    }
    Path scratch = Files.createTempDirectory("currents-bench-spark");
    try {
      List<String> sources = inputs.stream().map(Path::toString).toList();
      if (synthesise > 0) {
        sources = List.of(synthesised(sources, scratch.resolve("input")).toString());
      }
      out.printf(Locale.ROOT, "input: %s; %d cores; heap max %d MB%n", sources,
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      SparkStages stages = SparkStages.defaults();
      // Untimed: the JIT, and Spark's own classes and thread pools, warm up on the same work.
      SparkBench.singleMachine(stages, sources, scratch.resolve("warm-up"));
      SparkBench.spark("local[2]", stages, sources, scratch.resolve("warm-up-spark"), maxKeyArticles);
      out.printf(Locale.ROOT, "%-16s %8s %8s %10s %10s %10s%n", "pipeline", "pages", "events", "seconds", "pages/s", "vs single");
      out.flush();
      SparkBench.Timed one = SparkBench.singleMachine(stages, sources, scratch.resolve("single"));
      print(out, "single machine", one, one);
      for (String master : List.of("local[1]", "local[2]")) {
        SparkBench.Timed timed =
            SparkBench.spark(master, stages, sources, scratch.resolve(master.replaceAll("\\W", "")), maxKeyArticles);
        print(out, "spark " + master, timed, one);
        out.printf(Locale.ROOT, "%-16s (context start-up %.1f s, not counted)%n", "", timed.startupSeconds());
        if (timed.blocks() != null) {
          out.printf(Locale.ROOT, "%-16s %s%n", "", timed.blocks().line());
        }
        out.flush();
      }
      return 0;
    } finally {
      delete(scratch);
    }
  }

  private static void print(PrintWriter out, String name, SparkBench.Timed t, SparkBench.Timed single) {
    out.printf(Locale.ROOT, "%-16s %8d %8d %10.1f %10.1f %9.2fx%n", name, t.pages(), t.events(), t.seconds(),
        t.pagesPerSecond(), t.pagesPerSecond() / single.pagesPerSecond());
    out.flush();
  }

  /** Resamples the articles of {@code sources} into {@link #synthesise} articles in {@link #shards} files. */
  private Path synthesised(List<String> sources, Path dir) throws IOException {
    SparkStages stages = SparkStages.defaults();
    List<Article> base = new ArrayList<>();
    for (String source : sources) {
      stages.reader().read(source, item -> {
        if (item instanceof Outcome.Ok<org.currents.model.Ingested> ok
            && IngestRun.article(ok.value(), stages.extractor()) instanceof Outcome.Ok<Article> a) {
          base.add(a.value());
        }
      });
    }
    if (base.size() < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "need at least two articles in " + sources + " to resample");
    }
    List<Article> articles = SyntheticArticles.resample(base, synthesise, new Random(seed));
    Files.createDirectories(dir);
    List<Writer> files = new ArrayList<>();
    try {
      for (int s = 0; s < Math.max(1, shards); s++) {
        files.add(Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", s)), StandardCharsets.UTF_8));
      }
      for (int i = 0; i < articles.size(); i++) {
        ObjectNode row = ArticleJson.of(articles.get(i));
        row.put("id", articles.get(i).id());
        files.get(i % files.size()).write(row.toString() + "\n");
      }
    } finally {
      for (Writer w : files) {
        w.close();
      }
    }
    return dir;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
