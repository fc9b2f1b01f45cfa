package org.currents.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Connected components of nodes linked by shared keys, computed on Spark: two nodes are in one
 * component when a chain of keys, each held by both of two consecutive nodes, joins them.
 *
 * <p>Design decision: min-label propagation over the key postings, not a union-find on the
 * driver. Each round every key takes the least label of its nodes, then every node the least label
 * of its keys; a round is two joins (on co-partitioned sides, so without a shuffle) and two
 * {@code reduceByKey}, and the postings themselves (the large part) are shuffled once, not every
 * round; only one sum per round reaches the driver. Labels only
 * ever fall, so the round whose labels sum to the previous round's sum changed none and is the
 * last. Rounds grow with the longest shortest chain within a component (a few on news, where
 * common keys make components small-world); a union-find on the driver would need every posting
 * there.
 *
 * <p>Stateless.
 */
final class KeyComponents {
  private KeyComponents() {}

  /**
   * The components.
   *
   * @param labels the least node of each node's component, for every node of the postings (cached:
   *     the caller unpersists it); nodes without keys do not appear
   * @param rounds propagation rounds run, the last one changing nothing
   */
  record Components(JavaPairRDD<Long, Long> labels, int rounds) {}

  /** The components of the nodes of {@code postings} (key to node). */
  static <K> Components of(JavaPairRDD<K, Long> postings) {
    // Both sides keep one partitioner, so each round's joins need no shuffle: only the two
    // reductions move labels.
    HashPartitioner parts = new HashPartitioner(postings.getNumPartitions());
    JavaPairRDD<K, Long> byKey = postings.partitionBy(parts).cache();
    JavaPairRDD<Long, K> byNode = byKey.mapToPair(Tuple2::swap).partitionBy(parts).cache();
    JavaPairRDD<Long, Long> labels =
        byNode.mapPartitionsToPair(nodes -> own(nodes), true).reduceByKey(parts, Math::min).cache();
    long sum = sum(labels);
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<K, Long> keyLabels = byNode.join(labels).mapToPair(x -> x._2()).reduceByKey(parts, Math::min);
      JavaPairRDD<Long, Long> next =
          byKey.join(keyLabels).mapToPair(x -> x._2()).reduceByKey(parts, Math::min).cache();
      long nextSum = sum(next);
      labels.unpersist();
      labels = next;
      if (nextSum == sum) {
        break;
      }
      sum = nextSum;
    }
    byKey.unpersist();
    byNode.unpersist();
    return new Components(labels, rounds);
  }

  /** Each node labelled with itself. */
  private static <K> Iterator<Tuple2<Long, Long>> own(Iterator<Tuple2<Long, K>> nodes) {
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    nodes.forEachRemaining(n -> out.add(new Tuple2<>(n._1(), n._1())));
    return out.iterator();
  }

  private static long sum(JavaPairRDD<Long, Long> labels) {
    return labels.values().fold(0L, Long::sum);
  }
}
