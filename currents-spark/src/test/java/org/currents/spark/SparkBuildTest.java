package org.currents.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.model.PortalEvent;
import org.currents.pipeline.BuildRun;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.ProgressListener;
import org.currents.store.ArticleStore;
import org.currents.store.SqliteArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on the sample corpus against the single-machine run on the same
 * input: the same stored articles, the same events (ids, articles, dates, entities), the same
 * summaries and links, and a byte-identical Markdown portal.
 */
class SparkBuildTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = SparkContexts.local("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void sparkRunEqualsTheSingleMachineRun(@TempDir Path tmp) throws IOException {
    SparkStages stages = SparkStages.defaults();
    BuildRun.Result single;
    List<String> singleIds;
    try (ArticleStore store = SqliteArticleStore.open(tmp.resolve("single"))) {
      new IngestRun(stages.reader(), stages.extractor(), store)
          .run(List.of(SAMPLES.toString()), ProgressListener.silent());
      singleIds = store.articles().stream().map(a -> a.id()).toList();
      single = stages.build().run(store.articles(), ProgressListener.silent());
    }
    SparkBuild.Result distributed;
    List<String> sparkIds;
    try (ArticleStore store = SparkBuild.openStore(tmp.resolve("spark"))) {
      distributed =
          new SparkBuild(spark, stages, new SparkBuild.Settings(4, SparkBuild.DEFAULT_WINDOW_DAYS))
              .run(List.of(SAMPLES.toString()), store, ProgressListener.silent());
      sparkIds = store.articles().stream().map(a -> a.id()).toList();
    }

    assertEquals(singleIds, sparkIds, "stored articles, in order");
    List<PortalEvent> expected = single.portal().events();
    List<PortalEvent> actual = distributed.build().portal().events();
    assertTrue(expected.size() > 10, "the sample corpus makes events: " + expected.size());
    assertEquals(expected.size(), actual.size(), "events");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).event(), actual.get(i).event());
      assertEquals(expected.get(i).summary(), actual.get(i).summary());
      assertEquals(expected.get(i).sourceArticleIds(), actual.get(i).sourceArticleIds());
      assertEquals(expected.get(i).related(), actual.get(i).related());
    }
    assertEquals(single.portal().stories(), distributed.build().portal().stories());

    SparkBuild.publish(single, tmp.resolve("portal-single"), tmp.resolve("single.jsonl"));
    SparkBuild.publish(distributed.build(), tmp.resolve("portal-spark"), tmp.resolve("spark.jsonl"));
    assertEquals(
        Files.readString(tmp.resolve("single.jsonl")), Files.readString(tmp.resolve("spark.jsonl")));
    Map<String, String> singlePortal = files(tmp.resolve("portal-single"));
    assertFalse(singlePortal.isEmpty());
    assertEquals(singlePortal, files(tmp.resolve("portal-spark")), "the Markdown portal");
  }

  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}
