package org.currents.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.currents.text.Terms;

/**
 * ROUGE F1 scores (Lin 2004) of a candidate against one reference: ROUGE-1 and ROUGE-2 (clipped
 * n-gram overlap) and ROUGE-L (longest common subsequence). Words are lower-cased runs of letters
 * and digits; no stemming and no stop-word removal, so scores are a little lower than the Perl
 * script's with {@code -m}. Thread safe.
 */
public final class Rouge {
  private Rouge() {}

  /** The three F1 scores of one candidate against one reference. */
  public record Scores(double rouge1, double rouge2, double rougeL) {}

  public static Scores score(String candidate, String reference) {
    List<String> c = words(candidate);
    List<String> r = words(reference);
    return new Scores(ngram(c, r, 1), ngram(c, r, 2), lcs(c, r));
  }

  static List<String> words(String text) {
    return Terms.words(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static double ngram(List<String> c, List<String> r, int n) {
    Map<List<String>, Integer> cc = grams(c, n);
    Map<List<String>, Integer> rc = grams(r, n);
    int total = Math.max(0, c.size() - n + 1);
    int totalRef = Math.max(0, r.size() - n + 1);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : cc.entrySet()) {
      overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap, total, totalRef);
  }

  private static Map<List<String>, Integer> grams(List<String> words, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      out.merge(words.subList(i, i + n), 1, Integer::sum);
    }
    return out;
  }

  private static double lcs(List<String> c, List<String> r) {
    int[][] t = new int[c.size() + 1][r.size() + 1];
    for (int i = 1; i <= c.size(); i++) {
      for (int j = 1; j <= r.size(); j++) {
        t[i][j] = c.get(i - 1).equals(r.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return f1(t[c.size()][r.size()], c.size(), r.size());
  }

  private static double f1(int overlap, int candidateCount, int referenceCount) {
    if (overlap == 0 || candidateCount == 0 || referenceCount == 0) {
      return 0;
    }
    double p = overlap / (double) candidateCount;
    double rec = overlap / (double) referenceCount;
    return 2 * p * rec / (p + rec);
  }
}
