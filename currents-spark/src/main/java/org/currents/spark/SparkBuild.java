package org.currents.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.dedup.DuplicateGroup;
import org.currents.entity.EntityFinder;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.pipeline.BuildRun;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.ProgressListener;
import org.currents.pipeline.RunReport;
import org.currents.publish.EventsJsonLines;
import org.currents.publish.MarkdownPortalWriter;
import org.currents.store.ArticleStore;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The whole run on Spark: ingest -> extract in parallel per file, store on the driver, then dedup,
 * entities and clustering in parallel, then summaries, links and stories on the driver with
 * {@link BuildRun#finish}. The result is what {@code currents ingest} followed by {@code currents
 * build} gives over the same store: the same articles stored, the same events, summaries and
 * portal (see {@link SparkClustering} for when windows could make events differ).
 *
 * <p>Not thread safe; one run at a time per Spark context.
 */
public final class SparkBuild {
  /**
   * How the run is split.
   *
   * @param partitions how many tasks each parallel stage is cut into (a few per core)
   * @param windowDays the length of a clustering time window, which must exceed the quiet period;
   *     or {@link #WHOLE_BATCH}, one window, whose events are exactly the single machine's
   * @param maxKeyArticles 0 for exact blocking; else keys held by more articles than this in a
   *     window do not join blocks (see {@link SparkClustering}), which bounds the largest block
   *     but may split events the single machine would make
   */
  public record Settings(int partitions, int windowDays, int maxKeyArticles) {
    public Settings {
      if (partitions < 1 || windowDays < 0 || maxKeyArticles < 0) {
        throw new IllegalArgumentException(
            "partitions must be at least 1, windowDays and maxKeyArticles at least 0");
      }
    }

    /** Exact blocking. */
    public Settings(int partitions, int windowDays) {
      this(partitions, windowDays, 0);
    }

    /** Four tasks per core of {@code cores}, the whole batch as one window. */
    public static Settings forCores(int cores) {
      return new Settings(4 * Math.max(1, cores), DEFAULT_WINDOW_DAYS);
    }
  }

  /**
   * Clustering windows of this length mean one window for the whole batch: the neighbour graph the
   * events come from ties articles in both directions of time, so a window's events near its ends
   * can differ from the whole batch's; blocks by shared keys alone are exact.
   */
  public static final int WHOLE_BATCH = 0;

  /** The default clustering window. */
  public static final int DEFAULT_WINDOW_DAYS = WHOLE_BATCH;

  /** What the run did: ingest counts, the build's portal and counts, and the clustering blocks. */
  public record Result(RunReport ingest, BuildRun.Result build, ClusterBlocks blocks) {}

  private final JavaSparkContext spark;
  private final SparkStages stages;
  private final Settings settings;

  public SparkBuild(JavaSparkContext spark, SparkStages stages, Settings settings) {
    if (settings.windowDays() != WHOLE_BATCH && settings.windowDays() <= stages.clusterConfig().quietDays()) {
      throw new IllegalArgumentException(
          "windowDays must exceed the clusterer's quiet period of " + stages.clusterConfig().quietDays() + " days");
    }
    this.spark = spark;
    this.stages = stages;
    this.settings = settings;
  }

  /** Ingests {@code sources} into {@code store}, then builds over everything stored. */
  public Result run(List<String> sources, ArticleStore store, ProgressListener progress) {
    RunReport ingest = new RunReport();
    for (Ingestion.Item item : Ingestion.read(spark, stages, sources, settings.partitions())) {
      ingest.count(IngestRun.READ, item.read());
      if (item.extract() != null) {
        ingest.count(IngestRun.EXTRACT, item.extract());
      }
      if (item.article() != null) {
        ingest.count(IngestRun.STORE, store.add(item.article()));
      } else if (item.problem() != null) {
        store.recordProblem(item.problem());
      }
      progress.progress("ingest", ingest.count(IngestRun.READ, "ok"), -1);
    }
    return build(ingest, store.articles(), progress);
  }

  /** The build stages over {@code stored}: what {@link BuildRun#run} gives, computed on Spark. */
  private Result build(RunReport ingest, List<Article> stored, ProgressListener progress) {
    RunReport report = new RunReport();
    List<Article> ordered = stored.stream().sorted(BuildRun.PUBLICATION_ORDER).toList();
    List<DuplicateGroup> groups =
        SparkDeduplication.group(spark, stages, ordered, settings.partitions());
    Set<String> originalIds = groups.stream().map(DuplicateGroup::original).collect(Collectors.toSet());
    List<Article> originals = ordered.stream().filter(a -> originalIds.contains(a.id())).toList();
    List<AnnotatedArticle> annotated = annotate(originals, report);
    SparkClustering.Clustered clustered =
        SparkClustering.cluster(
            spark, stages, annotated, settings.windowDays(), settings.maxKeyArticles(), settings.partitions());
    return new Result(
        ingest,
        stages.build().finish(ordered, groups, annotated, clustered.events(), report, progress),
        clustered.blocks());
  }

  /**
   * Entities per article on the executors (one finder per partition: its models load once per
   * task), then joined across articles on the driver, as the finder must see the whole corpus.
   */
  private List<AnnotatedArticle> annotate(List<Article> originals, RunReport report) {
    SparkStages stages = this.stages; // the closure ships the factory, not this run
    List<Tuple2<AnnotatedArticle, String>> found =
        spark
            .parallelize(originals, settings.partitions())
            .mapPartitions(
                (java.util.Iterator<Article> part) -> {
                  EntityFinder finder = stages.entityFinder();
                  List<Tuple2<AnnotatedArticle, String>> out = new ArrayList<>();
                  while (part.hasNext()) {
                    Article a = part.next();
                    Outcome<AnnotatedArticle> outcome = finder.annotate(a);
                    out.add(new Tuple2<>(BuildRun.annotatedOrBare(a, outcome), outcome.label()));
                  }
                  return out.iterator();
                })
            .collect();
    List<AnnotatedArticle> annotated = new ArrayList<>(found.size());
    for (Tuple2<AnnotatedArticle, String> f : found) {
      report.count(BuildRun.ENTITIES, f._2(), 1);
      annotated.add(f._1());
    }
    return stages.entityFinder().joinAcrossArticles(annotated);
  }

  /**
   * Writes the Markdown portal to {@code portalDir} (first removing a previous portal's pages, as
   * {@code currents build} does) and, when given, the events as JSON Lines.
   */
  public static void publish(BuildRun.Result result, Path portalDir, @Nullable Path eventsFile) throws IOException {
    MarkdownPortalWriter.clean(portalDir);
    new MarkdownPortalWriter().publish(result.portal(), portalDir);
    if (eventsFile != null) {
      try (Writer out = Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8)) {
        EventsJsonLines.write(result.portal(), out);
      }
    }
  }
}
