package org.currents.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.currents.text.Terms;

/**
 * The article extraction benchmark's view of a text: its words as Python's {@code re.findall(r'\w+')}
 * sees them, and the multiset of 4-word shingles over them.
 *
 * <p>Design decision: Java's {@code \w} (even with {@code UNICODE_CHARACTER_CLASS}) also takes
 * combining marks and connector punctuation, which Python's does not; the scores would drift on
 * Hindi or Thai pages. So words are scanned by code point: letters, decimal digits, other numbers
 * and letter numbers, and {@code _}. Thread safe, stateless.
 */
public final class WordShingles {
  /** The shingle length the benchmark uses. */
  public static final int SHINGLE = 4;

  private WordShingles() {}

  /** The words of {@code text}, in order. */
  public static List<String> words(String text) {
    return Terms.runs(text, WordShingles::isWordChar);
  }

  /**
   * Counts of each run of {@code n} consecutive words. A text of fewer than {@code n} words (but at
   * least one) is one shorter shingle, as upstream.
   */
  public static Map<List<String>, Integer> shingles(String text, int n) {
    List<String> words = words(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - n + 1); i++) {
      List<String> shingle = words.subList(i, Math.min(words.size(), i + n));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** What Python 3's {@code \w} matches in a str pattern: {@code str.isalnum()} or {@code _}. */
  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
