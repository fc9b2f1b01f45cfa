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
   * What one input item became: how reading it went, how extracting it went (null when it needed
   * no extraction: an article read as such, or an item that failed to read), and the article.
   * The outcomes carry no page: only the article travels back to the driver.
   */
  record Item(@Nullable Article article, Outcome<Boolean> read, @Nullable Outcome<Boolean> extract)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The problem that stopped the item, if one did. */
    @Nullable Problem problem() {
      return extract != null && extract.problem() != null ? extract.problem() : read.problem();
    }
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
    Outcome<Boolean> readDone = read.map(unused -> true);
    if (!(read instanceof Outcome.Ok<Ingested> ok)) {
      return new Item(null, readDone, null);
    }
    Outcome<Article> article = IngestRun.article(ok.value(), extractor);
    Outcome<Boolean> extractDone = ok.value() instanceof RawPage ? article.map(unused -> true) : null;
    return new Item(article instanceof Outcome.Ok<Article> a ? a.value() : null, readDone, extractDone);
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
