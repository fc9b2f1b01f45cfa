package org.currents.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one predicted body matches the true one, as shares of all shingles involved: true positives
 * (in both), false positives (only predicted), false negatives (only true). The three sum to 1
 * when either text has words, so long pages weigh no more than short ones; all are 0 otherwise.
 */
public record PageMatch(double tp, double fp, double fn) {

  /** Compares the shingle multisets of the two texts. */
  public static PageMatch of(String truth, String predicted) {
    Map<List<String>, Integer> t = WordShingles.shingles(truth, WordShingles.SHINGLE);
    Map<List<String>, Integer> p = WordShingles.shingles(predicted, WordShingles.SHINGLE);
    Set<List<String>> all = new HashSet<>(t.keySet());
    all.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : all) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageMatch(tp / sum, fp / sum, fn / sum) : new PageMatch(tp, fp, fn);
  }

  /** False when nothing was predicted: such a page has no precision and leaves its mean. */
  public boolean hasPrediction() {
    return tp + fp > 0;
  }

  /** False when the truth is empty: such a page leaves the recall mean. */
  public boolean hasTruth() {
    return tp + fn > 0;
  }

  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
  }

  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
  }
}
