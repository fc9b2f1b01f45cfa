package org.currents.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * English verb inflection: the base of a past form ("hoped" to "hope", "stopped" to "stop", "went"
 * to "go") and the present forms of a base ("hope" to "hopes"). Regular forms are undone by
 * spelling rules and accepted only when the base is a verb of WordNet's index ({@code verbs.txt});
 * irregular ones come from a hand-written table ({@code irregular-verbs.tsv}). Immutable, thread
 * safe; loaded once.
 */
public final class VerbForms {
  private static final Pattern TAKES_ES = Pattern.compile(".*(?:s|x|z|ch|sh|[^aeiou]o)");
  private static final Pattern CONSONANT_Y = Pattern.compile(".*[^aeiou]y");
  private static final Pattern CONSONANT_VOWEL_CONSONANT = Pattern.compile(".*[^aeiou][aeiou][^aeiouwxy]$");
  private static final VerbForms SHARED = load();

  private final Set<String> bases;
  private final Map<String, String> irregularPast;
  private final Map<String, String> irregularParticiple;

  private VerbForms(Set<String> bases, Map<String, String> irregularPast, Map<String, String> irregularParticiple) {
    this.bases = bases;
    this.irregularPast = irregularPast;
    this.irregularParticiple = irregularParticiple;
  }

  public static VerbForms shared() {
    return SHARED;
  }

  /** The base of {@code word} if it is the simple past of a known verb ("said" to "say"), else null. */
  public @Nullable String baseOfPast(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = irregularPast.get(lower);
    return irregular != null ? irregular : baseOfRegular(lower);
  }

  /** The base of {@code word} if it is the past participle of a known verb ("taken" to "take"), else null. */
  public @Nullable String baseOfParticiple(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = irregularParticiple.get(lower);
    return irregular != null ? irregular : baseOfRegular(lower);
  }

  /** Whether {@code lowerCaseWord} is a verb's base or third person singular: "say", "says", "carries". */
  public boolean isPresentForm(String lowerCaseWord) {
    if (bases.contains(lowerCaseWord)) {
      return true;
    }
    String w = lowerCaseWord;
    return (w.endsWith("ies") && bases.contains(w.substring(0, w.length() - 3) + "y"))
        || (w.endsWith("es") && bases.contains(w.substring(0, w.length() - 2)))
        || (w.endsWith("s") && bases.contains(w.substring(0, w.length() - 1)));
  }

  /** The third person singular present of a base: "hope" to "hopes", "carry" to "carries", "be" to "is". */
  private static String thirdPersonSingular(String base) {
    switch (base) {
      case "be":
        return "is";
      case "have":
        return "has";
      default:
        break;
    }
    if (TAKES_ES.matcher(base).matches()) {
      return base + "es";
    }
    if (CONSONANT_Y.matcher(base).matches()) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    return base + "s";
  }

  /** The present of a base for a plural or singular subject: "are"/"is", "hope"/"hopes". */
  public static String present(String base, boolean pluralSubject) {
    if (!pluralSubject) {
      return thirdPersonSingular(base);
    }
    return base.equals("be") ? "are" : base;
  }

  /**
   * "-ed" undone: "carried" to "carry", "stopped" to "stop", "hoped" to "hope", "helped" to "help".
   * When both the stem and the stem with an "e" are verbs ("hop"/"hope"), spelling decides: a
   * short stressed stem doubles its consonant before "-ed", so a single one means the "e" form.
   */
  private @Nullable String baseOfRegular(String word) {
    // "need", "seed" and "proceed" are bases themselves, not pasts of "nee", "see" or "procee".
    if (!word.endsWith("ed") || word.length() < 4 || bases.contains(word)) {
      return null;
    }
    String stem = word.substring(0, word.length() - 2);
    if (word.endsWith("ied") && bases.contains(stem.substring(0, stem.length() - 1) + "y")) {
      return stem.substring(0, stem.length() - 1) + "y";
    }
    boolean stemIsVerb = bases.contains(stem);
    boolean withEIsVerb = bases.contains(stem + "e");
    if (stemIsVerb && withEIsVerb) {
      return CONSONANT_VOWEL_CONSONANT.matcher(stem).matches() ? stem + "e" : stem;
    }
    if (stemIsVerb) {
      return stem;
    }
    if (withEIsVerb) {
      return stem + "e";
    }
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && bases.contains(stem.substring(0, n - 1))) {
      return stem.substring(0, n - 1);
    }
    return null;
  }

  private static VerbForms load() {
    Set<String> bases = new HashSet<>();
    for (String line : lines("verbs.txt")) {
      bases.add(line);
    }
    Map<String, String> past = new HashMap<>();
    Map<String, String> participle = new HashMap<>();
    for (String line : lines("irregular-verbs.tsv")) {
      String[] cols = line.split("\t");
      bases.add(cols[0]);
      for (String form : cols[1].split(",")) {
        past.put(form, cols[0]);
      }
      for (String form : cols[2].split(",")) {
        participle.put(form, cols[0]);
      }
    }
    return new VerbForms(Set.copyOf(bases), Map.copyOf(past), Map.copyOf(participle));
  }

  /** The non-comment lines of a resource beside this class. */
  private static List<String> lines(String resource) {
    try (InputStream in = VerbForms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + VerbForms.class.getName());
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
