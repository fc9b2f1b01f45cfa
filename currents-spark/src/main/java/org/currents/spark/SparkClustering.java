package org.currents.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.currents.cluster.ClusterConfig;
import org.currents.cluster.TermVectors;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.internal.UnionFind;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.PublishDate;
import scala.Tuple2;

/**
 * {@link TfIdfEventClusterer} over a batch too large for one task: the articles are split into the
 * components of articles linked by shared clustering keys, each block clustered by the core
 * clusterer in parallel, and the blocks' events joined on the driver. Document frequencies are
 * counted over the whole batch first, so every block weighs terms as the whole batch would.
 *
 * <p>Blocking by keys is exact: the clusterer ties an article only to articles found through its
 * own keys ({@link TfIdfEventClusterer#keys}: its heaviest terms and its entities), every key's
 * posting list lies whole in one component, in the same order, so each block gets the ties, local
 * scales and partition the whole batch gives. Common keys can join most of a batch into one
 * component; {@code maxKeyArticles} (0: no bound) leaves keys held by more articles than that out
 * of the components only (the clusterer still uses them inside each block), which cuts the giant
 * component at the price of exactness: two articles that met only through such a key are no longer
 * compared.
 *
 * <p>Time windows ({@code windowDays} other than {@link SparkBuild#WHOLE_BATCH}) are an
 * approximation: each window also takes the articles of the quiet period before it (its lead-in),
 * each article keeps the event its own window gave it, and an event of the later block that took
 * lead-in articles continues the earlier window's event holding most of them. The neighbour graph
 * ties articles in both directions of time, so near a window's ends its events can differ from the
 * whole batch's. Articles without a publication date then form one window of their own.
 */
final class SparkClustering {
  private SparkClustering() {}

  /** The block of the articles without a publication date. */
  private static final long UNDATED = Long.MIN_VALUE;

  /** The events of a batch, and how it was blocked. */
  record Clustered(List<Event> events, ClusterBlocks blocks) {}

  /** The events of one block, as article numbers, with the block's window and size. */
  private record BlockEvents(long window, int size, List<List<Integer>> events) implements Serializable {}

  /** The events of {@code annotated} (in publication order), in the order of their first articles. */
  static Clustered cluster(
      JavaSparkContext spark,
      SparkStages stages,
      List<AnnotatedArticle> annotated,
      int windowDays,
      int maxKeyArticles,
      int partitions) {
    ClusterConfig config = stages.clusterConfig();
    List<Tuple2<Integer, AnnotatedArticle>> numbered = new ArrayList<>(annotated.size());
    for (int i = 0; i < annotated.size(); i++) {
      numbered.add(new Tuple2<>(i, annotated.get(i)));
    }
    JavaPairRDD<Integer, AnnotatedArticle> articles =
        JavaPairRDD.fromJavaRDD(spark.parallelize(numbered, partitions)).cache();

    int openingChars = config.openingChars();
    Map<String, Integer> df =
        new HashMap<>(
            articles
                .flatMapToPair(
                    a ->
                        TermVectors.distinctTerms(a._2().article(), openingChars).stream()
                            .map(t -> new Tuple2<>(t, 1))
                            .iterator())
                .reduceByKey(Integer::sum)
                .collectAsMap());
    Broadcast<Map<String, Integer>> frequencies = spark.broadcast(df);
    int documents = annotated.size();
    int quietDays = config.quietDays();

    // Node 2i: article i in its own window; 2i + 1: in the next window's lead-in.
    JavaPairRDD<Long, Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>> members =
        articles.flatMapToPair(a -> memberships(a, windowDays, quietDays).iterator()).cache();
    JavaPairRDD<Tuple2<Long, String>, Long> postings =
        members.mapPartitionsToPair(
            part -> {
              TfIdfEventClusterer clusterer = stages.clusterer();
              TermVectors vectors = new TermVectors(frequencies.value(), documents, openingChars);
              List<Tuple2<Tuple2<Long, String>, Long>> out = new ArrayList<>();
              part.forEachRemaining(
                  m -> {
                    for (String key : clusterer.keys(m._2()._2()._2(), vectors)) {
                      out.add(new Tuple2<>(new Tuple2<>(m._2()._1(), key), m._1()));
                    }
                  });
              return out.iterator();
            })
            .cache(); // read twice when bounded
    int skippedKeys = 0;
    JavaPairRDD<Tuple2<Long, String>, Long> linking = postings;
    if (maxKeyArticles > 0) {
      JavaPairRDD<Tuple2<Long, String>, Integer> common =
          postings.mapValues(n -> 1).reduceByKey(Integer::sum).filter(k -> k._2() > maxKeyArticles).cache();
      skippedKeys = (int) common.count();
      linking = postings.subtractByKey(common);
    }
    KeyComponents.Components components = KeyComponents.of(linking);

    List<BlockEvents> blocked =
        members
            .leftOuterJoin(components.labels())
            .mapToPair(m -> new Tuple2<>(new Tuple2<>(m._2()._1()._1(), m._2()._2().orElse(m._1())), m._2()._1()._2()))
            .groupByKey()
            .map(
                block -> {
                  List<Tuple2<Integer, AnnotatedArticle>> in = new ArrayList<>();
                  block._2().forEach(in::add);
                  in.sort((x, y) -> Integer.compare(x._1(), y._1()));
                  Map<String, Integer> numbers = new HashMap<>();
                  in.forEach(m -> numbers.put(m._2().article().id(), m._1()));
                  TermVectors vectors = new TermVectors(frequencies.value(), documents, openingChars);
                  List<List<Integer>> events = new ArrayList<>();
                  for (Event e : stages.clusterer().cluster(in.stream().map(Tuple2::_2).toList(), vectors)) {
                    events.add(e.articleIds().stream().map(numbers::get).toList());
                  }
                  return new BlockEvents(block._1()._1(), in.size(), events);
                })
            .collect();
    components.labels().unpersist();
    postings.unpersist();
    members.unpersist();
    articles.unpersist();
    frequencies.destroy();

    List<Tuple2<Long, List<Integer>>> blockEvents = new ArrayList<>();
    for (BlockEvents b : blocked) {
      b.events().forEach(e -> blockEvents.add(new Tuple2<>(b.window(), e)));
    }
    // Blocks come back in any order; the merge below reads them in a defined one.
    blockEvents.sort(Comparator.comparing((Tuple2<Long, List<Integer>> e) -> e._1()).thenComparing(e -> e._2().get(0)));
    ClusterBlocks blocks =
        new ClusterBlocks(
            (int) blocked.stream().mapToLong(BlockEvents::window).distinct().count(),
            blocked.size(),
            blocked.stream().mapToInt(BlockEvents::size).max().orElse(0),
            blocked.stream().mapToLong(BlockEvents::size).sum(),
            skippedKeys,
            components.rounds());

    long[] owner = new long[annotated.size()];
    for (int i = 0; i < owner.length; i++) {
      owner[i] = ownerBlock(annotated.get(i), windowDays);
    }
    UnionFind joined = new UnionFind(annotated.size());
    // Each article belongs to the event its own window gave it.
    for (Tuple2<Long, List<Integer>> e : blockEvents) {
      List<Integer> own = e._2().stream().filter(m -> owner[m] == e._1()).toList();
      own.forEach(m -> joined.union(own.get(0), m));
    }
    // An event that took articles of its window's lead-in continues the earlier window's event
    // holding most of them (ties: the earliest); only that one, so two events of the earlier
    // window are never chained together through one of the later.
    for (Tuple2<Long, List<Integer>> e : blockEvents) {
      List<Integer> own = e._2().stream().filter(m -> owner[m] == e._1()).toList();
      Map<Integer, Integer> votes = new HashMap<>();
      e._2().stream().filter(m -> owner[m] != e._1()).forEach(m -> votes.merge(joined.find(m), 1, Integer::sum));
      if (own.isEmpty() || votes.isEmpty()) {
        continue;
      }
      int continued =
          votes.entrySet().stream()
              .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      joined.union(continued, own.get(0));
    }
    // One pass creates events in the order of their first articles; so do these.
    Map<Integer, List<AnnotatedArticle>> events = new LinkedHashMap<>();
    for (int i = 0; i < annotated.size(); i++) {
      events.computeIfAbsent(joined.find(i), r -> new ArrayList<>()).add(annotated.get(i));
    }
    return new Clustered(events.values().stream().map(TfIdfEventClusterer::event).toList(), blocks);
  }

  /**
   * The windows an article belongs to, each with its node: its own window, and the next when it is
   * in that one's lead-in.
   */
  private static List<Tuple2<Long, Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>>> memberships(
      Tuple2<Integer, AnnotatedArticle> a, int windowDays, int quietDays) {
    long window = ownerBlock(a._2(), windowDays);
    long node = 2L * a._1();
    if (window == UNDATED || windowDays == SparkBuild.WHOLE_BATCH) {
      return List.of(new Tuple2<>(node, new Tuple2<>(window, a)));
    }
    List<Tuple2<Long, Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>>> out = new ArrayList<>(2);
    out.add(new Tuple2<>(node, new Tuple2<>(window, a)));
    if (a._2().article().published().date().toEpochDay() >= (window + 1) * windowDays - quietDays) {
      out.add(new Tuple2<>(node + 1, new Tuple2<>(window + 1, a)));
    }
    return out;
  }

  /** The window of an article's publication day, or {@link #UNDATED}; 0 for the whole batch. */
  private static long ownerBlock(AnnotatedArticle a, int windowDays) {
    if (windowDays == SparkBuild.WHOLE_BATCH) {
      return 0;
    }
    PublishDate published = a.article().published();
    return published == null ? UNDATED : Math.floorDiv(published.date().toEpochDay(), windowDays);
  }
}
