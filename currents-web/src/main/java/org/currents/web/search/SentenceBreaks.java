package org.currents.web.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence boundaries, as the JDK's sentence {@link BreakIterator} for {@link Locale#ROOT} finds
 * them (what Lucene's highlighter uses by default), read from arrays found once per text ahead of
 * time: the JDK's iterator walks a rule table char by char on every call, and profiling a search
 * under load put a fifth of its time there. A text not found ahead of time is broken when it is
 * set. Takes its text only as a {@code String} ({@link #setText(String)}), like Lucene's {@code
 * SplittingBreakIterator} that wraps it. Not thread safe (no {@code BreakIterator} is): one per
 * highlighting call; the map of known texts is only read.
 */
final class SentenceBreaks extends BreakIterator {
  private final Map<String, int[]> known;
  private String text = "";
  private int[] bounds = {0};
  /** Index in {@link #bounds} of the current boundary. */
  private int at;

  /** @param known each text's boundaries, from {@link #of(String)}; never written to */
  SentenceBreaks(Map<String, int[]> known) {
    this.known = known;
  }

  /** The boundaries of {@code text}, 0 and its length included, in order. */
  static int[] of(String text) {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(text);
    int[] found = new int[8];
    int n = 0;
    for (int b = jdk.first(); b != DONE; b = jdk.next()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = b;
    }
    return Arrays.copyOf(found, n);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    int[] b = known.get(newText);
    bounds = b != null ? b : of(newText);
    at = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    throw new UnsupportedOperationException("set the text as a String");
  }

  @Override
  public CharacterIterator getText() {
    StringCharacterIterator chars = new StringCharacterIterator(text);
    chars.setIndex(current());
    return chars;
  }

  @Override
  public int first() {
    at = 0;
    return bounds[at];
  }

  @Override
  public int last() {
    at = bounds.length - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int next() {
    return at == bounds.length - 1 ? DONE : bounds[++at];
  }

  @Override
  public int previous() {
    return at == 0 ? DONE : bounds[--at];
  }

  /** The first boundary after {@code offset}; DONE (at the last boundary) when there is none. */
  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i == bounds.length) {
      last();
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  /** The last boundary before {@code offset}; DONE (at the first boundary) when there is none. */
  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, offset);
    i = (i >= 0 ? i : -i - 1) - 1;
    if (i < 0) {
      first();
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int current() {
    return bounds[at];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset + " of " + text.length());
    }
  }
}
