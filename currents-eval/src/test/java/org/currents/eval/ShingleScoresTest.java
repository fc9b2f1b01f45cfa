package org.currents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's scoring on cases small enough to count by hand. */
class ShingleScoresTest {

  @Test
  void wordsAreWhatPythonsBackslashWFinds() {
    // Apostrophes split, "_" joins, other numbers (½) and non-Latin digits are word characters;
    // combining marks (Devanagari virama and vowel sign, an acute accent) are not.
    assertEquals(
        List.of("don", "t", "snake_case", "3½", "१२", "क", "ष", "cafe", "x"),
        WordShingles.words("don't snake_case 3½ १२ क्षि cafe\u0301x"));
  }

  @Test
  void aPageIsScoredByItsSharesOfShingles() {
    // truth: [a b c d] [b c d e]; prediction: [a b c d] [b c d x] -> tp 1, fp 1, fn 1, each 1/3.
    PageMatch m = PageMatch.of("a b c d e", "a b c d x");
    assertEquals(1 / 3.0, m.tp(), 1e-12);
    assertEquals(1 / 3.0, m.fp(), 1e-12);
    assertEquals(1 / 3.0, m.fn(), 1e-12);
    assertEquals(0.5, m.precision(), 1e-12);
    assertEquals(0.5, m.recall(), 1e-12);
  }

  @Test
  void repeatedShinglesCountAsAMultisetAndShortTextsAreOneShingle() {
    // truth: [a b c d] twice (as "a b c d a b c d" gives abcd, bcda, cdab, dabc, abcd);
    // prediction "a b c d" is one abcd: tp 1, fn 4.
    PageMatch m = PageMatch.of("a b c d a b c d", "a b c d");
    assertEquals(1.0, m.precision(), 1e-12);
    assertEquals(0.2, m.recall(), 1e-12);
    assertEquals(1.0, PageMatch.of("two words", "two words").precision(), 1e-12);
  }

  @Test
  void anEmptyPredictionLeavesThePrecisionMeanButCountsInRecall() {
    PageMatch half = PageMatch.of("a b c d e", "a b c d x");
    PageMatch empty = PageMatch.of("a b c", "");
    assertFalse(empty.hasPrediction());
    ShingleScores s = ShingleScores.of(List.of(half, empty));
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(0.25, s.recall(), 1e-12);
    assertEquals(2 * 0.5 * 0.25 / 0.75, s.f1(), 1e-12);
    assertEquals(1, s.predicted());
  }
}
