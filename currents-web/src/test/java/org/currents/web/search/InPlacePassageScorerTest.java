package org.currents.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class InPlacePassageScorerTest {
  /** Same float as Lucene's default for passages with repeated and distinct terms, so snippets do not change. */
  @Test
  void itScoresExactlyAsTheDefault() {
    PassageScorer lucenes = new PassageScorer();
    InPlacePassageScorer ours = new InPlacePassageScorer();
    Random random = new Random(7);
    String[] words = {"bank", "rates", "police", "fire"};
    for (int round = 0; round < 500; round++) {
      Passage p = new Passage();
      int start = random.nextInt(2_000);
      p.setStartOffset(start);
      p.setEndOffset(start + 20 + random.nextInt(300));
      int matches = random.nextInt(7);
      for (int m = 0; m < matches; m++) {
        int at = start + m * 3;
        String w = words[random.nextInt(words.length)];
        // A term's frequency in the document is the same for each of its matches.
        p.addMatch(at, at + 2, new BytesRef(w), 1 + w.length() * 3);
      }
      int contentLength = 2_000 + random.nextInt(1_000);
      assertEquals(lucenes.score(p, contentLength), ours.score(p, contentLength), 0f, p.toString());
    }
  }

  @Test
  void aPassageWithoutMatchesScoresZero() {
    Passage p = new Passage();
    p.setStartOffset(0);
    p.setEndOffset(40);
    assertEquals(0f, new InPlacePassageScorer().score(p, 100));
  }
}
