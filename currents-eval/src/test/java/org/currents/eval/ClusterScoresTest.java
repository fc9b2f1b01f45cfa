package org.currents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void matchesAHandComputedExample() {
    // Gold: {a, b, c} {d, e}; predicted: {a, b} {c, d, e}.
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");
    ClusterScores s = ClusterScores.of(predicted, gold);
    // BCubed precision: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 -> 11/15.
    assertEquals(11 / 15.0, s.bcubedPrecision(), 1e-12);
    assertEquals(11 / 15.0, s.bcubedRecall(), 1e-12);
    // Pairs together: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); both ab, de (2).
    assertEquals(0.5, s.pairPrecision(), 1e-12);
    assertEquals(0.5, s.pairRecall(), 1e-12);
    assertEquals(2, s.predictedClusters());
    assertEquals(2, s.goldClasses());
  }

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
    ClusterScores s = ClusterScores.of(Map.of("a", "p", "b", "p", "c", "q"), gold);
    assertEquals(1.0, s.bcubedF1(), 1e-12);
    assertEquals(1.0, s.pairF1(), 1e-12);
  }
}
