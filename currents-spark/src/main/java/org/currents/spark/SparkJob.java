package org.currents.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.pipeline.BuildHistory;
import org.currents.pipeline.BuildRun;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.ProgressListener;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.jspecify.annotations.Nullable;

/**
 * One run as the user asked for it, from {@code spark-submit} ({@link SparkMain}) or {@code
 * currents spark run}: ingest {@code inputs} into the store at {@code store} (the embedded one
 * under a data directory, or PostgreSQL), build, record the events and what moved since the last
 * build as {@code currents build} does ({@link BuildHistory}), write the portal with its redirects
 * to {@code out} (and the events to {@code events} when given).
 *
 * @param partitions tasks per parallel stage, or null for four per core of the master
 * @param maxKeyArticles 0 for exact clustering blocks, else the bound of {@link
 *     SparkBuild.Settings#maxKeyArticles}
 */
public record SparkJob(
    List<String> inputs,
    StoreLocation store,
    Path out,
    @Nullable Path events,
    @Nullable Integer partitions,
    int windowDays,
    int maxKeyArticles) {
  public SparkJob {
    inputs = List.copyOf(inputs);
  }

  /**
   * Runs the job on a context of its own on {@code master} (such as {@code local[2]}, see {@link
   * SparkContexts#local}).
   */
  public int runLocal(String master, ProgressListener progress, Consumer<String> log)
      throws IOException {
    try (JavaSparkContext spark = SparkContexts.local(master)) {
      return run(spark, progress, log);
    }
  }

  /** Runs the job on {@code spark}; tells what it did to {@code log}; returns the exit code. */
  public int run(JavaSparkContext spark, ProgressListener progress, Consumer<String> log)
      throws IOException {
    SparkBuild.Settings settings =
        new SparkBuild.Settings(
            partitions != null
                ? partitions
                : SparkBuild.Settings.forCores(spark.defaultParallelism()).partitions(),
            windowDays,
            maxKeyArticles);
    try (Stores stores = Stores.open(store)) {
      SparkBuild.Result result =
          new SparkBuild(spark, SparkStages.defaults(), settings).run(inputs, stores.articles(), progress);
      BuildHistory.Recorded recorded = BuildHistory.record(stores.events(), result.build().portal());
      SparkBuild.publish(new BuildRun.Result(recorded.portal(), result.build().report()), out, events);
      result.ingest().lines().forEach(log);
      result.build().report().lines().forEach(log);
      recorded.moves().forEach(m -> log.accept(BuildHistory.line(m)));
      log.accept(result.blocks().line());
      log.accept("store: " + stores.articles().articleCount() + " articles in " + store);
      log.accept("portal: " + result.build().portal().events().size() + " events written to " + out);
      return result.ingest().anyFailed(IngestRun.READ) || result.ingest().anyFailed(IngestRun.EXTRACT)
          ? 1
          : 0;
    }
  }
}
