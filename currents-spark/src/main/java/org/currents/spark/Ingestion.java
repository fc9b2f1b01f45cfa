package org.currents.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.extract.ArticleExtractor;
import org.currents.ingest.FileInputReader;
import org.currents.ingest.InputReader;
import org.currents.ingest.SourcePaths;
import org.currents.model.Article;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.Problem;
import org.currents.model.RawPage;
import org.currents.pipeline.IngestRun;
import org.jspecify.annotations.Nullable;

/**
 * Ingest and extraction in parallel: each input file is read and its pages extracted on an
 * executor by core's reader and extractor ({@link IngestRun#article}); the results come back in
 * input order, as one machine would produce them. A directory is split into its files first (in
 * the reader's own order), so that its files spread over the cluster; a source may be a URI of
 * object storage ({@link SourcePaths}), listed on the driver and read on the executors.
 *
 * <p>Design decision: the unit of work is a file. Common Crawl News comes as WARC files of about
 * 1 GB, each a natural task; a single huge JSON Lines file should be split before the run.
 */
final class Ingestion {
  private Ingestion() {}

  /**
   * What one input item became: an article, or the problem that stopped it.
   *
   * @param readLabel how reading it went ({@link Outcome#label})
   * @param extractLabel how extracting it went, or null when it needed no extraction (an article
   *     read as such, or an item that failed to read)
   */
  record Item(
      @Nullable Article article,
      @Nullable Problem problem,
      String readLabel,
      @Nullable String extractLabel)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Every item of {@code sources}, read on {@code partitions} tasks, in input order. */
  static List<Item> read(JavaSparkContext spark, SparkStages stages, List<String> sources, int partitions) {
    List<String> files = files(sources);
    if (files.isEmpty()) {
      return List.of();
    }
    return spark
        .parallelize(files, Math.max(1, Math.min(partitions, files.size())))
        .mapPartitions(
            (java.util.Iterator<String> part) -> {
              InputReader reader = stages.reader();
              ArticleExtractor extractor = stages.extractor();
              List<Item> out = new ArrayList<>();
              while (part.hasNext()) {
                reader.read(part.next(), item -> out.add(item(item, extractor)));
              }
              return out.iterator();
            })
        .collect();
  }

  private static Item item(Outcome<Ingested> read, ArticleExtractor extractor) {
    if (!(read instanceof Outcome.Ok<Ingested> ok)) {
      return new Item(null, problem(read), read.label(), null);
    }
    Outcome<Article> article = IngestRun.article(ok.value(), extractor);
    String extractLabel = ok.value() instanceof RawPage ? article.label() : null;
    return article instanceof Outcome.Ok<Article> a
        ? new Item(a.value(), null, read.label(), extractLabel)
        : new Item(null, problem(article), read.label(), extractLabel);
  }

  private static @Nullable Problem problem(Outcome<?> outcome) {
    if (outcome instanceof Outcome.Failed<?> f) {
      return f.problem();
    }
    return outcome instanceof Outcome.Skipped<?> s ? s.reason() : null;
  }

  /** The sources with every directory replaced by the files the reader would read from it. */
  private static List<String> files(List<String> sources) {
    List<String> out = new ArrayList<>();
    for (String source : sources) {
      Outcome<Path> located = SourcePaths.of(source);
      if (!(located instanceof Outcome.Ok<Path> ok) || !Files.isDirectory(ok.value())) {
        out.add(source); // the reader reports what is wrong with it
        continue;
      }
      try {
        FileInputReader.filesIn(ok.value()).forEach(f -> out.add(SourcePaths.name(f)));
      } catch (IOException e) {
        // The reader reports an unlistable directory as a problem of its own: let it.
        out.add(source);
      }
    }
    return out;
  }
}
