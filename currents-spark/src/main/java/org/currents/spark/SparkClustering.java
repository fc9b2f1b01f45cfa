package org.currents.spark;

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
 * {@link TfIdfEventClusterer} over a batch too large for one pass: the articles are blocked by
 * time window, each block clustered by the core clusterer in parallel, and the blocks' events
 * joined on the driver.
 *
 * <p>A window is {@code windowDays} long and also takes the articles of the quiet period before
 * it (its lead-in), so an event running across a window boundary is seen by the later block
 * through its latest articles. Each article keeps the event its own window gave it; an event of
 * the later block that took lead-in articles continues the earlier window's event holding most of
 * them (union-find over article numbers). Document frequencies are counted over the whole batch
 * first, so every block weighs terms as one pass would. Articles without a publication date form
 * one block of their own, in order: one pass takes them last, after every dated article, and an
 * event they start is open to any date (a difference only when such an article would join an
 * event of dated articles).
 *
 * <p>Design decision: windows, not entity or term keys, because the clusterer's own rule is time:
 * an event takes no article dated more than the quiet period away. With windows of a year or
 * more, sample-sized batches give exactly the one-pass events; shorter windows trade a little of
 * that (an event closed or joined differently near a boundary) for parallelism.
 */
final class SparkClustering {
  private SparkClustering() {}

  /** The block of the articles without a publication date. */
  private static final long UNDATED = Long.MIN_VALUE;

  /** The events of {@code annotated} (in publication order), in the order one pass creates them. */
  static List<Event> cluster(
      JavaSparkContext spark,
      SparkStages stages,
      List<AnnotatedArticle> annotated,
      int windowDays,
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

    List<Tuple2<Long, List<Integer>>> blockEvents =
        articles
            .flatMapToPair(a -> blocks(a, windowDays, quietDays).iterator())
            .groupByKey()
            .flatMap(
                block -> {
                  List<Tuple2<Integer, AnnotatedArticle>> members = new ArrayList<>();
                  block._2().forEach(members::add);
                  members.sort((x, y) -> Integer.compare(x._1(), y._1()));
                  Map<String, Integer> numbers = new HashMap<>();
                  members.forEach(m -> numbers.put(m._2().article().id(), m._1()));
                  TermVectors vectors = new TermVectors(frequencies.value(), documents, openingChars);
                  List<Tuple2<Long, List<Integer>>> events = new ArrayList<>();
                  for (Event e :
                      stages.clusterer().cluster(members.stream().map(Tuple2::_2).toList(), vectors)) {
                    events.add(new Tuple2<>(block._1(), e.articleIds().stream().map(numbers::get).toList()));
                  }
                  return events.iterator();
                })
            .collect();
    articles.unpersist();
    frequencies.destroy();

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
    return events.values().stream().map(TfIdfEventClusterer::event).toList();
  }

  /** The blocks an article belongs to: its window, and the next when it is in that one's lead-in. */
  private static List<Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>> blocks(
      Tuple2<Integer, AnnotatedArticle> a, int windowDays, int quietDays) {
    long window = ownerBlock(a._2(), windowDays);
    if (window == UNDATED) {
      return List.of(new Tuple2<>(UNDATED, a));
    }
    List<Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>> out = new ArrayList<>(2);
    out.add(new Tuple2<>(window, a));
    if (a._2().article().published().date().toEpochDay() >= (window + 1) * windowDays - quietDays) {
      out.add(new Tuple2<>(window + 1, a));
    }
    return out;
  }

  /** The window of an article's publication day, or {@link #UNDATED}. */
  private static long ownerBlock(AnnotatedArticle a, int windowDays) {
    PublishDate published = a.article().published();
    return published == null ? UNDATED : Math.floorDiv(published.date().toEpochDay(), windowDays);
  }
}
