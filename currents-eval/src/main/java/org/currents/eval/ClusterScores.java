package org.currents.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BCubed and pairwise precision, recall and F1 of a clustering against gold classes (Bagga and
 * Baldwin 1998; Amigó et al. 2009). BCubed averages, per item, the share of its predicted cluster
 * that shares its gold class (precision) and the share of its gold class that shares its cluster
 * (recall); pairwise counts item pairs put together.
 */
public record ClusterScores(
    double bcubedPrecision,
    double bcubedRecall,
    double pairPrecision,
    double pairRecall,
    int items,
    int predictedClusters,
    int goldClasses) {

  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores {@code predicted} (item to cluster) against {@code gold} (item to class), same items. */
  public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
    if (!predicted.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("predicted and gold cover different items");
    }
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<List<String>, Integer> both = new HashMap<>();
    for (String item : gold.keySet()) {
      String c = predicted.get(item);
      String g = gold.get(item);
      clusterSize.merge(c, 1, Integer::sum);
      classSize.merge(g, 1, Integer::sum);
      both.merge(List.of(c, g), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      int shared = both.get(List.of(predicted.get(item), gold.get(item)));
      p += shared / (double) clusterSize.get(predicted.get(item));
      r += shared / (double) classSize.get(gold.get(item));
    }
    int n = gold.size();
    long togetherBoth = both.values().stream().mapToLong(ClusterScores::pairs).sum();
    long togetherPredicted = clusterSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    long togetherGold = classSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    return new ClusterScores(
        n == 0 ? 0 : p / n,
        n == 0 ? 0 : r / n,
        togetherPredicted == 0 ? 1 : togetherBoth / (double) togetherPredicted,
        togetherGold == 0 ? 1 : togetherBoth / (double) togetherGold,
        n,
        clusterSize.size(),
        classSize.size());
  }

  private static long pairs(int size) {
    return (long) size * (size - 1) / 2;
  }
}
