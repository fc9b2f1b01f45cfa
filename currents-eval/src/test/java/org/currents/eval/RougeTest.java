package org.currents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void matchesHandComputedScores() {
    // candidate: the cat sat on the mat (6 words); reference: the cat lay on the mat (6 words)
    Rouge.Scores s = Rouge.score("The cat sat on the mat.", "the cat lay on the mat");
    assertEquals(5 / 6.0, s.rouge1(), 1e-12); // the, cat, on, the, mat
    assertEquals(3 / 5.0, s.rouge2(), 1e-12); // "the cat", "on the", "the mat"
    assertEquals(5 / 6.0, s.rougeL(), 1e-12); // the cat on the mat
  }

  @Test
  void nothingSharedScoresZero() {
    assertEquals(new Rouge.Scores(0, 0, 0), Rouge.score("alpha beta", "gamma delta"));
    assertEquals(new Rouge.Scores(0, 0, 0), Rouge.score("", "gamma delta"));
  }
}
