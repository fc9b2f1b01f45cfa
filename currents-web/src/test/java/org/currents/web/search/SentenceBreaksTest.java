package org.currents.web.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
  static List<String> texts() {
    return List.of(
        "",
        "One sentence without a stop",
        "Mr. Smith went to Washington. He said: \"No!\" Then he left?  Yes.\n\nA new paragraph… and more",
        "The U.S. economy grew 2.5% in Q3, officials said. Markets rose.",
        "Trailing spaces after the stop.   ");
  }

  /** Every call the highlighter makes answers as the JDK's sentence iterator does, from every offset. */
  @ParameterizedTest
  @MethodSource("texts")
  void itBreaksWhereTheJdksSentenceIteratorBreaks(String text) {
    for (SentenceBreaks ours : List.of(new SentenceBreaks(Map.of(text, SentenceBreaks.of(text))),
        new SentenceBreaks(Map.of()))) {
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
      jdk.setText(text);
      ours.setText(text);
      assertEquals(jdk.first(), ours.first());
      for (int b = jdk.next(); ; b = jdk.next()) {
        assertEquals(b, ours.next());
        if (b == BreakIterator.DONE) {
          break;
        }
      }
      assertEquals(jdk.last(), ours.last());
      assertEquals(jdk.previous(), ours.previous());
      for (int offset = 0; offset <= text.length(); offset++) {
        assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
        assertEquals(jdk.current(), ours.current(), "current after following " + offset);
        assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + offset);
        assertEquals(jdk.current(), ours.current(), "current after preceding " + offset);
        assertEquals(jdk.next(), ours.next(), "next after preceding " + offset);
      }
    }
  }

  @Test
  void boundariesIncludeBothEnds() {
    assertArrayEquals(new int[] {0, 12, 20}, SentenceBreaks.of("It rained.  It's dry"));
    assertArrayEquals(new int[] {0}, SentenceBreaks.of(""));
  }

  @Test
  void anOffsetOutsideTheTextIsAProgrammingError() {
    SentenceBreaks breaks = new SentenceBreaks(Map.of());
    breaks.setText("Short.");
    assertThrows(IllegalArgumentException.class, () -> breaks.following(7));
    assertThrows(IllegalArgumentException.class, () -> breaks.preceding(-1));
  }
}
