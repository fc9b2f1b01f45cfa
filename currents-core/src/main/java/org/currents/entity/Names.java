package org.currents.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the finder and the corpus resolver share about the shape of names. */
final class Names {
  /** Lower-case words inside a name: "Bank of America", "Charles de Gaulle". */
  static final Set<String> CONNECTORS =
      Set.of("of", "for", "&", "de", "du", "la", "del", "von", "van", "al", "bin");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\.?\\p{Lu}){1,6}\\.?");

  private Names() {}

  /** "DHS", "U.N.", "U.S": two to seven capitals, with or without periods. */
  static boolean isAcronym(String word) {
    return ACRONYM.matcher(word).matches();
  }

  /** "Department of Homeland Security" -> "DHS": first capitals of the words, connectors skipped. */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }
}
