package org.currents.spark;

import java.time.LocalDate;
import java.util.ArrayList;
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
import scala.Tuple2;

/**
 * {@link TfIdfEventClusterer} over a batch too large for one pass: the articles are blocked by
 * time window, each block clustered by the core clusterer in parallel, and the blocks' events
 * merged where they share articles.
 *
 * <p>A window is {@code windowDays} long and also takes the articles of the quiet period before
 * it, so an event running across a window boundary is seen whole by the later block and shares
 * its articles with the earlier block's event; events sharing an article are joined (union-find
 * over article numbers on the driver). Document frequencies are counted over the whole batch
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

    List<List<Integer>> blockEvents =
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
                  List<List<Integer>> events = new ArrayList<>();
                  for (Event e :
                      stages.clusterer().cluster(members.stream().map(Tuple2::_2).toList(), vectors)) {
                    events.add(e.articleIds().stream().map(numbers::get).toList());
                  }
                  return events.iterator();
                })
            .collect();
    articles.unpersist();
    frequencies.destroy();

    UnionFind joined = new UnionFind(annotated.size());
    for (List<Integer> members : blockEvents) {
      members.forEach(m -> joined.union(members.get(0), m));
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
    if (a._2().article().published() == null) {
      return List.of(new Tuple2<>(UNDATED, a));
    }
    LocalDate day = a._2().article().published().date();
    long window = Math.floorDiv(day.toEpochDay(), windowDays);
    List<Tuple2<Long, Tuple2<Integer, AnnotatedArticle>>> out = new ArrayList<>(2);
    out.add(new Tuple2<>(window, a));
    if (day.toEpochDay() >= (window + 1) * windowDays - quietDays) {
      out.add(new Tuple2<>(window + 1, a));
    }
    return out;
  }
}
