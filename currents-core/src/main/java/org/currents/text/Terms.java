package org.currents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The terms similarity measures compare: words of letters or digits, lower-cased, with English
 * function words dropped. Works for any script (a word is a run of letters, marks or digits), which
 * is why it does not use the English tokenizer. Thread safe.
 */
public final class Terms {
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
          "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
          "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
          "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
          "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
          "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
          "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out",
          "over", "own", "said", "same", "says", "she", "should", "so", "some", "such", "than",
          "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
          "those", "through", "to", "too", "two", "under", "until", "up", "us", "very", "was", "we",
          "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
          "would", "you", "your", "yours", "s", "t", "new", "told", "say", "according", "year",
          "years", "last", "first", "time", "may", "like", "people", "mr", "mrs", "ms");

  private Terms() {}

  /** The content terms of {@code text}, in order, repeats kept. */
  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : words(text)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!STOP_WORDS.contains(lower) && !(lower.length() == 1 && lower.charAt(0) < 128)) {
        terms.add(lower);
      }
    }
    return terms;
  }

  /** Every word of {@code text}, in order, case kept: runs of letters, marks and digits. */
  public static List<String> words(String text) {
    return runs(
        text,
        cp ->
            Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
  }

  /** The maximal runs of code points that {@code wordChar} accepts, in order. */
  public static List<String> runs(String text, IntPredicate wordChar) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean inWord = wordChar.test(cp);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }
}
