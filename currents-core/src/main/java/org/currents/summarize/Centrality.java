package org.currents.summarize;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a group's documents is the most representative: the one whose distinct terms the other
 * documents share most, per square root of its term count (so long documents do not win by
 * length). Stateless and thread safe.
 */
public final class Centrality {
  private Centrality() {}

  /**
   * The index of the most representative of {@code termSets}; ties go to the earlier one.
   *
   * @param documentsWithTerm for each term, how many of the documents hold it
   */
  public static int mostShared(List<Set<String>> termSets, Map<String, Integer> documentsWithTerm) {
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < termSets.size(); i++) {
      Set<String> terms = termSets.get(i);
      double score = 0;
      for (String t : terms) {
        score += documentsWithTerm.getOrDefault(t, 1) - 1;
      }
      score /= Math.sqrt(Math.max(1, terms.size()));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}
