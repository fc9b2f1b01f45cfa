package org.currents.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.pipeline.BuildRun;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.ProgressListener;
import org.currents.pipeline.RunReport;
import org.currents.store.ArticleStore;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.jspecify.annotations.Nullable;

/**
 * Times the whole pipeline (ingest to portal, without writing it) on one machine's {@link
 * IngestRun} and {@link BuildRun}, or on Spark: for {@code currents bench spark}, which prints them
 * side by side.
 */
public final class SparkBench {
  private SparkBench() {}

  /**
   * One timed run.
   *
   * @param pages inputs read (pages and JSON Lines rows, including those that failed)
   * @param events events in the portal
   * @param seconds wall time of the run
   * @param startupSeconds Spark context start-up, not in {@code seconds} (0 for one machine)
   * @param blocks how clustering was blocked, or null for one machine (no blocks)
   */
  public record Timed(int pages, int events, double seconds, double startupSeconds, @Nullable ClusterBlocks blocks) {
    public double pagesPerSecond() {
      return pages / seconds;
    }
  }

  /** The single-machine pipeline over {@code sources}, into a fresh store in {@code data}. */
  public static Timed singleMachine(SparkStages stages, List<String> sources, Path data) {
    long start = System.nanoTime();
    try (Stores stores = Stores.open(StoreLocation.embedded(data))) {
      ArticleStore store = stores.articles();
      RunReport ingest =
          new IngestRun(stages.reader(), stages.extractor(), store).run(sources, ProgressListener.silent());
      BuildRun.Result built = stages.build().run(store.articles(), ProgressListener.silent());
      return new Timed(pages(ingest), built.portal().events().size(), seconds(start), 0, null);
    }
  }

  /**
   * The Spark job on {@code master} over {@code sources}, into a fresh store in {@code data}, with
   * clustering blocks bounded by {@code maxKeyArticles} (0: exact).
   */
  public static Timed spark(String master, SparkStages stages, List<String> sources, Path data, int maxKeyArticles) {
    long begin = System.nanoTime();
    try (JavaSparkContext spark = SparkContexts.local(master)) {
      double startup = seconds(begin);
      long start = System.nanoTime();
      try (Stores stores = Stores.open(StoreLocation.embedded(data))) {
        SparkBuild.Result result =
            new SparkBuild(
                    spark,
                    stages,
                    new SparkBuild.Settings(
                        SparkBuild.Settings.forCores(spark.defaultParallelism()).partitions(),
                        SparkBuild.DEFAULT_WINDOW_DAYS,
                        maxKeyArticles))
                .run(sources, stores.articles(), ProgressListener.silent());
        return new Timed(
            pages(result.ingest()),
            result.build().portal().events().size(),
            seconds(start),
            startup,
            result.blocks());
      }
    }
  }

  private static int pages(RunReport ingest) {
    return ingest.counts().getOrDefault(IngestRun.READ, java.util.Map.of()).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
