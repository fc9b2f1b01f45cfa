package org.currents.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins pre-tokenised English back into running text: no space before closing punctuation and
 * clitics ("n't", "'s"), none after opening brackets, quotes paired, times and hyphenated words
 * rejoined. Good enough for similarity and summaries; not a reversible transform.
 */
final class Detokenizer {
  private static final Pattern[] PATTERNS = {
    Pattern.compile(" ([.,;:!?%)\\]}])"),
    Pattern.compile("([(\\[{$]) "),
    Pattern.compile(" (n't|'s|'re|'ve|'ll|'d|'m)\\b"),
    Pattern.compile("(\\d): (\\d\\d)\\b"),
    Pattern.compile(" ([’']) ?s\\b"),
    Pattern.compile("(\\w) - (\\w)"),
  };
  private static final String[] REPLACEMENTS = {"$1", "$1", "$1", "$1:$2", "$1s", "$1-$2"};
  private static final Pattern QUOTED = Pattern.compile("\" (.*?) \"");

  private Detokenizer() {}

  static String join(List<String> tokens) {
    String text = String.join(" ", tokens).replace("``", "\"").replace("''", "\"");
    for (int i = 0; i < PATTERNS.length; i++) {
      text = PATTERNS[i].matcher(text).replaceAll(REPLACEMENTS[i]);
    }
    return QUOTED.matcher(text).replaceAll("\"$1\"").strip();
  }
}
