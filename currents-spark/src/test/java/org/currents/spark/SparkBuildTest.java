package org.currents.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;
import java.time.Instant;
import java.util.ArrayList;
import org.currents.cluster.ClusterConfig;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.dedup.DuplicateGroup;
import org.currents.entity.EntityFinder;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.ingest.FileInputReader;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.PortalEvent;
import org.currents.model.Provenance;
import org.currents.model.StoredEvent;
import org.currents.pipeline.BuildRun;
import org.currents.pipeline.IngestRun;
import org.currents.pipeline.ProgressListener;
import org.currents.store.ArticleStore;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.jspecify.annotations.Nullable;
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
  private static @Nullable List<AnnotatedArticle> annotatedSamples;

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
    try (Stores stores = Stores.open(StoreLocation.embedded(tmp.resolve("single")))) {
      ArticleStore store = stores.articles();
      new IngestRun(stages.reader(), stages.extractor(), store)
          .run(List.of(SAMPLES.toString()), ProgressListener.silent());
      singleIds = store.articles().stream().map(a -> a.id()).toList();
      single = stages.build().run(store.articles(), ProgressListener.silent());
    }
    SparkBuild.Result distributed;
    List<String> sparkIds;
    try (Stores stores = Stores.open(StoreLocation.embedded(tmp.resolve("spark")))) {
      ArticleStore store = stores.articles();
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

  /**
   * A Spark job keeps the event history as {@code currents build} does: it records its events, and
   * a rerun over a store whose last build differs records the move and redirects the old page.
   */
  @Test
  void aSparkJobRecordsItsEventsAndWhatMovedSinceTheLastBuild(@TempDir Path tmp) throws IOException {
    StoreLocation location = StoreLocation.embedded(tmp.resolve("data"));
    SparkJob job = new SparkJob(List.of(SAMPLES.toString()), location, tmp.resolve("portal"), null, 4, SparkBuild.DEFAULT_WINDOW_DAYS, 0);
    List<String> log = new ArrayList<>();
    assertEquals(0, job.run(spark, ProgressListener.silent(), log::add));
    StoredEvent renamed;
    try (Stores stores = Stores.open(location)) {
      List<StoredEvent> recorded = stores.events().events();
      assertTrue(recorded.size() > 10, "events recorded: " + recorded.size());
      // As if the last build had called one event by another id, at another page.
      StoredEvent first = recorded.get(0);
      renamed = new StoredEvent("e-older", "/news/2000/01/1/older.md", first.articleIds());
      List<StoredEvent> before = new ArrayList<>(recorded.subList(1, recorded.size()));
      before.add(renamed);
      stores.events().replace(before, List.of());
    }

    assertEquals(0, job.run(spark, ProgressListener.silent(), log::add));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("event e-older moved -> ")), log.toString());
    assertTrue(Files.readString(tmp.resolve("portal").resolve(renamed.path().substring(1))).startsWith("# Moved"));
  }

  @Test
  void inputsNamedByUriOnAnotherFileSystemAreListedAndReadAsLocalOnesAre() throws IOException {
    try (FileSystem bucket = Jimfs.newFileSystem("sample-bucket", Configuration.unix())) {
      Path copy = bucket.getPath("/news/samples");
      try (Stream<Path> walk = Files.walk(SAMPLES)) {
        for (Path local : walk.filter(Files::isRegularFile).toList()) {
          Path target = copy.resolve(SAMPLES.relativize(local).toString());
          Files.createDirectories(target.getParent());
          Files.copy(local, target);
        }
      }
      SparkStages stages = SparkStages.defaults();
      List<Ingestion.Item> local = Ingestion.read(spark, stages, List.of(SAMPLES.toString()), 4);
      List<Ingestion.Item> remote =
          Ingestion.read(spark, stages, List.of("jimfs://sample-bucket/news/samples"), 4);

      assertEquals(local.size(), remote.size());
      for (int i = 0; i < local.size(); i++) {
        Article fromDisk = local.get(i).article();
        Article fromBucket = remote.get(i).article();
        assertEquals(fromDisk == null, fromBucket == null);
        if (fromDisk != null) {
          assertEquals(fromDisk.text(), fromBucket.text());
          assertEquals(fromDisk.provenance().contentHash(), fromBucket.provenance().contentHash());
        }
      }
      assertTrue(
          remote.stream().anyMatch(item -> item.article() != null
              && item.article().provenance().source().startsWith("jimfs://sample-bucket/news/samples/pages/")),
          "pages keep the URI they were read from");
    }
  }

  @Test
  void anInputThatFailsIsCountedAsAFailureAndStored(@TempDir Path tmp) throws IOException {
    Path bad = Files.writeString(tmp.resolve("broken.jsonl.gz"), "not gzip at all");
    try (Stores stores = Stores.open(StoreLocation.embedded(tmp.resolve("store")))) {
      SparkBuild.Result result =
          new SparkBuild(spark, SparkStages.defaults(), new SparkBuild.Settings(2, SparkBuild.DEFAULT_WINDOW_DAYS))
              .run(List.of(bad.toString()), stores.articles(), ProgressListener.silent());
      assertTrue(result.ingest().anyFailed(IngestRun.READ), result.ingest().lines().toString());
      assertEquals(1, result.ingest().problems().size());
    }
  }

  @Test
  void copiesAreGroupedAsTheSingleMachineDeduplicatorGroupsThem() {
    List<Article> base = samples("wikinews.jsonl");
    List<Article> articles = new ArrayList<>(base);
    Article a = base.get(0);
    Article b = base.get(5);
    Article c = base.get(10);
    // An exact copy, a copy in another site's wrapping, a truncated copy, one URL twice.
    articles.add(article("exact", "https://mirror.example/exact", a.text(), a));
    articles.add(article("wrapped", "https://wire.example/w",
        "Listen to this story\n\n" + b.text() + "\n\nMore from our site\n\nSign up for the newsletter", b));
    String[] paragraphs = c.text().split("\n\n");
    articles.add(article("truncated", "https://short.example/t",
        String.join("\n\n", List.of(paragraphs).subList(0, Math.max(1, paragraphs.length * 2 / 3))), c));
    articles.add(article("same-url", "https://mirror.example/exact", base.get(15).text() + " Updated.", base.get(15)));
    // Two different stories of one site sharing its furniture stay apart.
    String furniture = "\n\nRead more stories like this one on our home page, updated every hour of the day.";
    articles.add(article("site-1", "https://site.example/1", base.get(20).text() + furniture, base.get(20)));
    articles.add(article("site-2", "https://site.example/2", base.get(25).text() + furniture, base.get(25)));
    List<Article> ordered = articles.stream().sorted(BuildRun.PUBLICATION_ORDER).toList();

    List<DuplicateGroup> expected = new MinHashDeduplicator().group(ordered);
    assertTrue(expected.stream().filter(g -> !g.copies().isEmpty()).count() >= 3, expected.toString());
    assertEquals(expected, SparkDeduplication.group(spark, SparkStages.defaults(), ordered, 4));
  }

  /**
   * Windows are an approximation: the neighbour graph ties articles in both directions of time, so
   * near a window's ends its events can differ from the whole batch's. Every article still lands
   * in exactly one event, and most events are the whole batch's.
   */
  @Test
  void shortWindowsGiveEveryArticleOneEventAndMostOfTheWholeBatchsEvents() {
    List<AnnotatedArticle> annotated = annotatedSamples();
    List<Event> expected = new TfIdfEventClusterer().cluster(annotated);
    // 31 days: just over the quiet period, so the sample's stories (days to years) cross windows.
    SparkClustering.Clustered clustered = SparkClustering.cluster(spark, SparkStages.defaults(), annotated, 31, 0, 4);
    List<String> placed = clustered.events().stream().flatMap(e -> e.articleIds().stream()).sorted().toList();
    assertEquals(annotated.stream().map(a -> a.article().id()).sorted().toList(), placed);
    Set<List<String>> whole = expected.stream().map(Event::articleIds).collect(Collectors.toSet());
    long same = clustered.events().stream().filter(e -> whole.contains(e.articleIds())).mapToLong(e -> e.articleIds().size()).sum();
    assertTrue(same >= 0.8 * annotated.size(), same + " of " + annotated.size() + " articles in the whole batch's events");
    assertEquals(0, clustered.blocks().skippedKeys());
    assertTrue(clustered.blocks().windows() > 1, clustered.blocks().line());
  }

  @Test
  void keyComponentsJoinNodesThroughChainsOfSharedKeys() {
    // 1-2 share "a", 2-3 share "b": one component; 4-5 share "c"; 6 has a key of its own.
    List<Tuple2<String, Long>> postings =
        List.of(pair("a", 1), pair("a", 2), pair("b", 3), pair("b", 2), pair("c", 5), pair("c", 4), pair("d", 6));
    Map<Long, Long> components =
        new TreeMap<>(KeyComponents.of(JavaPairRDD.fromJavaRDD(spark.parallelize(postings, 3))).labels().collectAsMap());
    assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 4L, 5L, 4L, 6L, 6L), components);
  }

  @Test
  void keyBlocksGiveTheSingleMachinesEvents() {
    // With the default twelve terms per article the sample stays one block (common terms join
    // it); with two terms it splits, and must still give the single machine's events.
    List<AnnotatedArticle> annotated = annotatedSamples();
    SparkStages fewKeys = new FewKeys();
    SparkClustering.Clustered exact =
        SparkClustering.cluster(spark, fewKeys, annotated, SparkBuild.DEFAULT_WINDOW_DAYS, 0, 4);
    assertEquals(fewKeys.clusterer().cluster(annotated), exact.events());
    assertTrue(exact.blocks().blocks() > exact.blocks().windows(), exact.blocks().line());
    // Keys held by many articles left out: smaller blocks, events no longer guaranteed.
    ClusterBlocks bounded =
        SparkClustering.cluster(spark, fewKeys, annotated, SparkBuild.DEFAULT_WINDOW_DAYS, 2, 4).blocks();
    assertTrue(bounded.skippedKeys() > 0, bounded.line());
    assertTrue(bounded.blocks() > exact.blocks().blocks(), bounded.line());
  }

  /** The default stages clustering on each article's two heaviest terms. */
  private static final class FewKeys implements SparkStages {
    private static final long serialVersionUID = 1L;
    private final SparkStages defaults = SparkStages.defaults();

    @Override
    public ClusterConfig clusterConfig() {
      ClusterConfig c = ClusterConfig.defaults();
      return c.withTermsPerArticle(2);
    }

    @Override
    public org.currents.ingest.InputReader reader() {
      return defaults.reader();
    }

    @Override
    public org.currents.extract.ArticleExtractor extractor() {
      return defaults.extractor();
    }

    @Override
    public MinHashDeduplicator deduplicator() {
      return defaults.deduplicator();
    }

    @Override
    public EntityFinder entityFinder() {
      return defaults.entityFinder();
    }

    @Override
    public BuildRun build() {
      return defaults.build();
    }
  }

  private static Tuple2<String, Long> pair(String key, long node) {
    return new Tuple2<>(key, node);
  }

  /** The sample's articles in publication order with their entities, made once for the tests. */
  private static synchronized List<AnnotatedArticle> annotatedSamples() {
    if (annotatedSamples == null) {
      annotatedSamples = annotate();
    }
    return annotatedSamples;
  }

  private static List<AnnotatedArticle> annotate() {
    List<Article> ordered = new ArrayList<>(samples("wikinews.jsonl"));
    ordered.addAll(samples("ecbplus.jsonl"));
    ordered.sort(BuildRun.PUBLICATION_ORDER);
    EntityFinder finder = new RuleBasedEntityFinder();
    return finder.joinAcrossArticles(
        ordered.stream().map(a -> BuildRun.annotatedOrBare(a, finder.annotate(a))).toList());
  }

  private static Article article(String id, String url, String text, Article like) {
    return new Article(id, url, like.title(), null, like.published(), null, "en", null, text,
        new Provenance("test", url, Instant.EPOCH, ContentHash.sha256Hex(text)));
  }

  private static List<Article> samples(String file) {
    List<Article> out = new ArrayList<>();
    FileInputReader.withDefaults()
        .read(SAMPLES.resolve(file).toString(), o -> out.add((Article) ((Outcome.Ok<Ingested>) o).value()));
    return out;
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
