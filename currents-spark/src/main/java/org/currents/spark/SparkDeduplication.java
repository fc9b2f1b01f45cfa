package org.currents.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.currents.dedup.DuplicateGroup;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.dedup.NearDuplicateIndex;
import org.currents.dedup.TextSketch;
import org.currents.internal.UnionFind;
import org.currents.model.Article;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * {@link MinHashDeduplicator}'s grouping with Spark keys in place of its in-memory index: site
 * furniture counted by paragraph key, then each article's text sketched, its exact keys (text
 * hash, URL) and LSH band keys ({@link NearDuplicateIndex#bandKeys}) emitted as keys; members of
 * a bucket are compared with at most {@link NearDuplicateIndex#MAX_BUCKET_SCAN} earlier members,
 * by the deduplicator's own tests ({@link MinHashDeduplicator#candidate}, then {@link
 * MinHashDeduplicator#confirmed} on the two texts). The confirmed pairs are joined into groups on
 * the driver (union-find over article numbers) and each group's original is named by {@link
 * MinHashDeduplicator#groupOf}.
 *
 * <p>Design decision: the driver holds only the pair list (two ints a pair, few pairs: copies are
 * rare), so a union-find there is enough for millions of articles; past that, the connected
 * components would run as iterated joins on the cluster.
 */
final class SparkDeduplication {
  private SparkDeduplication() {}

  /** A text ready for comparison: its number in publication order, text without furniture, sketch. */
  private record Sketched(int number, String text, @Nullable TextSketch sketch) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The duplicate groups of {@code ordered} (in publication order), in the order {@link
   * MinHashDeduplicator#group} gives them: by each group's first member.
   */
  static List<DuplicateGroup> group(
      JavaSparkContext spark, SparkStages stages, List<Article> ordered, int partitions) {
    List<Tuple2<Integer, Article>> numbered = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      numbered.add(new Tuple2<>(i, ordered.get(i)));
    }
    JavaPairRDD<Integer, Article> articles =
        JavaPairRDD.fromJavaRDD(spark.parallelize(numbered, partitions)).cache();

    // Paragraphs found word for word in two or more articles of a site are its furniture.
    Set<Long> repeated =
        new HashSet<>(
            articles
                .flatMapToPair(a -> keyed(distinctNonZero(MinHashDeduplicator.paragraphKeys(a._2())), 1))
                .reduceByKey(Integer::sum)
                .filter(k -> k._2() >= 2)
                .keys()
                .collect());
    Broadcast<Set<Long>> furniture = spark.broadcast(repeated);

    JavaRDD<Sketched> sketched =
        articles
            .map(
                (Tuple2<Integer, Article> a) -> {
                  String text =
                      MinHashDeduplicator.withoutFurniture(
                          a._2(), MinHashDeduplicator.paragraphKeys(a._2()), furniture.value()::contains);
                  return new Sketched(a._1(), text, TextSketch.of(text));
                })
            .cache();

    UnionFind groups = new UnionFind(ordered.size());
    // Exact copies: the same text hash or URL; each joins the earliest with its key.
    JavaPairRDD<Long, Integer> exact =
        articles.flatMapToPair(a -> keyed(MinHashDeduplicator.exactKeys(a._2()), a._1()));
    exact
        .reduceByKey(Math::min)
        .join(exact)
        .values()
        .filter(p -> !p._1().equals(p._2()))
        .collect()
        .forEach(p -> groups.union(p._1(), p._2()));

    // Near copies: candidates from shared band buckets, estimated, then confirmed on the texts.
    JavaPairRDD<Integer, Integer> candidates =
        sketched
            .filter(s -> s.sketch() != null)
            .flatMapToPair(
                s -> keyed(NearDuplicateIndex.bandKeys(s.sketch()), new Tuple2<>(s.number(), s.sketch())))
            .groupByKey()
            .flatMapToPair(
                bucket -> {
                  MinHashDeduplicator dedup = stages.deduplicator();
                  List<Tuple2<Integer, TextSketch>> members = new ArrayList<>();
                  bucket._2().forEach(members::add);
                  members.sort((x, y) -> Integer.compare(x._1(), y._1()));
                  List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
                  for (int later = 1; later < members.size(); later++) {
                    for (int earlier = later - 1;
                        earlier >= 0 && later - earlier <= NearDuplicateIndex.MAX_BUCKET_SCAN;
                        earlier--) {
                      if (dedup.candidate(members.get(earlier)._2(), members.get(later)._2())) {
                        pairs.add(new Tuple2<>(members.get(earlier)._1(), members.get(later)._1()));
                      }
                    }
                  }
                  return pairs.iterator();
                })
            .distinct();
    JavaPairRDD<Integer, String> texts = sketched.mapToPair(s -> new Tuple2<>(s.number(), s.text()));
    int n = ordered.size();
    candidates
        .join(texts)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
        .join(texts)
        .mapPartitions(
            pairs -> {
              // Like the in-memory index: a pair already joined through confirmed pairs is not
              // compared again, and each text is shingled once per task.
              List<Tuple2<Integer, Tuple2<Tuple2<Integer, String>, String>>> all = new ArrayList<>();
              pairs.forEachRemaining(all::add);
              all.sort(
                  (x, y) ->
                      x._1().equals(y._1())
                          ? Integer.compare(x._2()._1()._1(), y._2()._1()._1())
                          : Integer.compare(x._1(), y._1()));
              MinHashDeduplicator dedup = stages.deduplicator();
              UnionFind joined = new UnionFind(n);
              Map<Integer, long[]> shingles = new HashMap<>();
              List<Tuple2<Integer, Integer>> confirmed = new ArrayList<>();
              for (Tuple2<Integer, Tuple2<Tuple2<Integer, String>, String>> p : all) {
                int later = p._1();
                int earlier = p._2()._1()._1();
                if (joined.find(earlier) == joined.find(later)) {
                  continue;
                }
                long[] e = shingles.computeIfAbsent(earlier, k -> TextSketch.shingleSet(p._2()._1()._2()));
                long[] l = shingles.computeIfAbsent(later, k -> TextSketch.shingleSet(p._2()._2()));
                if (dedup.confirmed(e, l)) {
                  joined.union(earlier, later);
                  confirmed.add(new Tuple2<>(earlier, later));
                }
              }
              return confirmed.iterator();
            })
        .collect()
        .forEach(p -> groups.union(p._1(), p._2()));
    articles.unpersist();
    sketched.unpersist();

    Map<Integer, List<Article>> members = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      members.computeIfAbsent(groups.find(i), r -> new ArrayList<>()).add(ordered.get(i));
    }
    return members.values().stream().map(MinHashDeduplicator::groupOf).toList();
  }

  /** {@code value} under each of {@code keys}. */
  private static <V> java.util.Iterator<Tuple2<Long, V>> keyed(long[] keys, V value) {
    List<Tuple2<Long, V>> out = new ArrayList<>(keys.length);
    for (long k : keys) {
      out.add(new Tuple2<>(k, value));
    }
    return out.iterator();
  }

  private static long[] distinctNonZero(long[] keys) {
    return java.util.Arrays.stream(keys).filter(k -> k != 0).distinct().toArray();
  }
}
