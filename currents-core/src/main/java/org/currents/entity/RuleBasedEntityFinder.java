package org.currents.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.text.EnglishNlp;
import org.currents.text.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * Finds names as proper-noun chunks (OpenNLP part-of-speech tags), types them with the {@link
 * AliasTable}, name-part keywords ("Department", "University", "River") and context (a title such
 * as "President" before a person, "in" before a place), and resolves them within the article: a
 * surname alone ("Trump") joins the full name met in the same article ("Donald Trump"), an acronym
 * ("DHS") joins the name it abbreviates, and well-known names take their canonical form.
 *
 * <p>Design decision: no statistical NER model. None with an Apache-compatible licence is on Maven
 * Central, and chunks plus rules are transparent; a trained model can replace this class behind
 * {@link EntityFinder}. Thread safe.
 */
public final class RuleBasedEntityFinder implements EntityFinder {
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "department", "ministry", "agency", "inc", "inc.", "corp", "corp.", "corporation",
          "company", "co.", "ltd", "ltd.", "llc", "plc", "university", "college", "school",
          "party", "council", "court", "police", "bank", "association", "committee", "commission",
          "service", "services", "group", "organization", "organisation", "union", "army", "navy",
          "force", "forces", "club", "institute", "office", "bureau", "administration",
          "foundation", "senate", "congress", "parliament", "assembly", "airlines", "airways",
          "network", "news", "times", "post", "journal", "press", "federation", "league", "fund",
          "trust", "hospital", "church", "board", "authority", "center", "centre",
          "government", "guard", "team", "society", "museum", "academy", "media", "studios",
          "records", "labs", "technologies", "systems", "motors", "holdings", "fc");
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "city", "county", "province", "state", "river", "island", "islands", "street", "avenue",
          "road", "mountains", "mountain", "mount", "valley", "lake", "bay", "coast", "beach",
          "district", "region", "peninsula", "sea", "ocean", "airport", "square", "park", "bridge",
          "village", "town", "gulf", "strait", "desert", "highway");
  /** Heads of names that continue with "of": "Bank of England", "Republic of Korea". */
  private static final Set<String> NAME_HEADS =
      Set.of("republic", "kingdom", "states", "bank", "house", "isle", "duke", "prince", "archbishop",
          "bishop", "secretary", "minister", "chamber", "order", "tour", "museum", "palace");
  private static final Set<String> PERSON_TITLES =
      Set.of(
          "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "senator",
          "rep.", "representative", "gov.", "governor", "mayor", "minister", "secretary", "judge",
          "justice", "gen.", "general", "chancellor", "king", "queen", "prince", "princess",
          "pope", "sir", "lord", "lady", "prof.", "professor", "officer", "detective", "chief",
          "director", "ceo", "chairman", "spokesman", "spokeswoman", "coach", "actor", "actress",
          "singer", "rapper", "star", "captain", "capt.", "lt.", "sgt.", "col.", "premier",
          "ambassador", "attorney", "sheriff", "commissioner", "leader", "vice", "prime");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "today", "yesterday", "tomorrow", "i", "mr", "mrs", "ms", "dr",
          "photo", "image", "video", "advertisement", "getty", "images", "reuters/", "ap", "afp");
  /** Adjectives that start names ("New York", "North Korea"); the tagger calls them JJ. */
  private static final Set<String> NAME_ADJECTIVES =
      Set.of("New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
          "Central", "Great", "United", "Royal", "National", "Saudi");
  private static final Pattern DEFINED_ACRONYM =
      Pattern.compile("([\\p{Lu}][\\p{L}.&' -]{3,80}?) \\((\\p{Lu}[\\p{Lu}.&]{1,9})\\)");

  private final AliasTable aliases;
  private final EnglishNlp nlp;

  public RuleBasedEntityFinder() {
    this(AliasTable.bundled(), EnglishNlp.shared());
  }

  public RuleBasedEntityFinder(AliasTable aliases, EnglishNlp nlp) {
    this.aliases = aliases;
    this.nlp = nlp;
  }

  /** A proper-noun chunk before resolution. */
  private record Chunk(int start, int end, String surface, @Nullable String before, @Nullable String after) {}

  @Override
  public Outcome<AnnotatedArticle> annotate(Article article) {
    String text = article.text();
    List<Tagged> sentences = new ArrayList<>();
    Set<String> capitalizedInside = new java.util.HashSet<>();
    for (TextSpan sentence : nlp.sentences(text)) {
      Tagged t = tag(text, sentence);
      sentences.add(t);
      for (int i = 1; i < t.tokens().length; i++) {
        if (startsUpper(t.tokens()[i]) && !t.tokens()[i - 1].matches("[\"“'‘:]")) {
          capitalizedInside.add(t.tokens()[i]);
        }
      }
    }
    List<Chunk> chunks = new ArrayList<>();
    for (Tagged t : sentences) {
      chunks.addAll(chunks(text, t, capitalizedInside));
    }
    Map<String, String> definedAcronyms = definedAcronyms(text);
    Map<String, Integer> frequency = new HashMap<>();
    chunks.forEach(c -> frequency.merge(c.surface(), 1, Integer::sum));

    // Pass 1: type every multi-word or known chunk; pass 2 resolves short forms against them.
    Map<String, AliasTable.Canonical> resolved = new LinkedHashMap<>();
    for (Chunk c : chunks) {
      AliasTable.Canonical known = typeOf(c, definedAcronyms, frequency, resolved, false);
      if (known != null) {
        resolved.putIfAbsent(c.surface(), known);
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (Chunk c : chunks) {
      AliasTable.Canonical canonical = resolved.get(c.surface());
      if (canonical == null) {
        canonical = typeOf(c, definedAcronyms, frequency, resolved, true);
      }
      if (canonical != null) {
        mentions.add(new Mention(c.start(), c.end(), canonical.type(), c.surface(), canonical.name()));
      }
    }
    return Outcome.ok(new AnnotatedArticle(article, mentions));
  }

  /** A sentence's tokens (spans relative to the sentence) and their tags. */
  private record Tagged(TextSpan sentence, List<TextSpan> spans, String[] tokens, String[] tags) {}

  private Tagged tag(String text, TextSpan sentence) {
    String s = sentence.of(text);
    List<TextSpan> spans = nlp.tokens(s);
    String[] tokens = spans.stream().map(t -> t.of(s)).toArray(String[]::new);
    return new Tagged(sentence, spans, tokens, nlp.tags(tokens));
  }

  /**
   * A name token starts with a capital and is either tagged a proper noun or capitalised where
   * English does not capitalise common words: inside a sentence, or at its start when the article
   * capitalises it inside a sentence too. Capitals decide more than tags because the tagger, trained
   * on web text, often tags unseen names as verbs or adverbs.
   */
  private boolean[] nameTokens(Tagged t, Set<String> capitalizedInside) {
    boolean[] names = new boolean[t.tokens().length];
    for (int i = 0; i < names.length; i++) {
      String token = t.tokens()[i];
      String tag = t.tags()[i];
      boolean proper = tag.equals("NNP") || tag.equals("NNPS");
      boolean adjective = tag.startsWith("JJ"); // "French", "Greek": demonyms are not names
      boolean capitalized = startsUpper(token) && !NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
      boolean afterQuoteOrColon = i > 0 && t.tokens()[i - 1].matches("[\"“'‘:]");
      names[i] =
          capitalized
              && token.codePoints().anyMatch(Character::isLetter)
              && !(tag.equals("PRP") || tag.equals("DT") || tag.equals("IN") || tag.equals("CC") || tag.equals("WP") || tag.equals("WDT") || tag.equals("WRB") || tag.equals("MD"))
              && (proper || aliases.lookup(token) != null
                  || (!adjective && ((i > 0 && !afterQuoteOrColon) || capitalizedInside.contains(token))));
    }
    return names;
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private List<Chunk> chunks(String text, Tagged tagged, Set<String> capitalizedInside) {
    TextSpan sentence = tagged.sentence();
    List<TextSpan> spans = tagged.spans();
    String[] tokens = tagged.tokens();
    boolean[] name = nameTokens(tagged, capitalizedInside);
    List<Chunk> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      boolean startsName =
          name[i] || (NAME_ADJECTIVES.contains(tokens[i]) && i + 1 < tokens.length && name[i + 1]);
      if (!startsName) {
        i++;
        continue;
      }
      int from = i;
      int to = i + 1;
      while (to < tokens.length) {
        if (name[to]) {
          to++;
        } else if (hyphenated(tokens, spans, to)) {
          to++; // "Port-au-Prince", "Al-Qaeda": hyphens with no space keep the name whole
        } else if (Names.CONNECTORS.contains(tokens[to].toLowerCase(Locale.ROOT))
            && to + 1 < tokens.length
            && name[to + 1]
            && joinsByConnector(tokens[to - 1])) {
          to += 2;
        } else {
          break;
        }
      }
      // Leading titles ("President", "Sen.") are context, not part of the name.
      int nameFrom = from;
      for (int k = from; k < to - 1; k++) {
        if (PERSON_TITLES.contains(tokens[k].toLowerCase(Locale.ROOT))) {
          nameFrom = k + 1; // "U.S. President Donald Trump": the name follows the last title
        }
      }
      String before = nameFrom > 0 ? tokens[nameFrom - 1].toLowerCase(Locale.ROOT) : null;
      String after = to < tokens.length ? tokens[to].toLowerCase(Locale.ROOT) : null;
      int start = sentence.start() + spans.get(nameFrom).start();
      int end = sentence.start() + spans.get(to - 1).end();
      String surface = text.substring(start, end);
      if (surface.endsWith("'s") || surface.endsWith("’s")) {
        end -= 2; // the possessive is not part of the name
        surface = text.substring(start, end);
      }
      if (!NOT_NAMES.contains(surface.toLowerCase(Locale.ROOT)) && surface.length() > 1) {
        out.add(new Chunk(start, end, surface, before, after));
      }
      i = to;
    }
    return out;
  }

  private static boolean hyphenated(String[] tokens, List<TextSpan> spans, int i) {
    boolean touches = spans.get(i - 1).end() == spans.get(i).start();
    return touches && (tokens[i].startsWith("-") || tokens[i - 1].endsWith("-"));
  }

  /** "University of Athens" is one name; "Contador of Spain" is two. */
  private static boolean joinsByConnector(String wordBefore) {
    String w = wordBefore.toLowerCase(Locale.ROOT);
    return ORGANIZATION_WORDS.contains(w) || PLACE_WORDS.contains(w) || NAME_HEADS.contains(w);
  }


  /**
   * The canonical entity of a chunk, or null when it is not (yet) typed. With {@code shortForms},
   * single words and acronyms are resolved against the names already typed in this article.
   */
  private AliasTable.@Nullable Canonical typeOf(
      Chunk c,
      Map<String, String> definedAcronyms,
      Map<String, Integer> frequency,
      Map<String, AliasTable.Canonical> typed,
      boolean shortForms) {
    String surface = c.surface();
    AliasTable.Canonical known = aliases.lookup(surface);
    if (known == null && Names.isAcronym(surface)) {
      known = aliases.lookup(surface + "."); // the tokenizer keeps "U.N." as "U.N" + "."
    }
    if (known != null) {
      return known;
    }
    String[] words = surface.split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean titled = c.before() != null && PERSON_TITLES.contains(c.before());
    if (definedAcronyms.containsKey(surface)) {
      String full = definedAcronyms.get(surface);
      AliasTable.Canonical fullKnown = aliases.lookup(full);
      return fullKnown != null ? fullKnown : new AliasTable.Canonical(full, EntityType.ORGANIZATION);
    }
    if (words.length > 1) {
      for (String w : words) {
        if (ORGANIZATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          return new AliasTable.Canonical(surface, EntityType.ORGANIZATION);
        }
      }
      if (PLACE_WORDS.contains(last)) {
        return new AliasTable.Canonical(surface, EntityType.PLACE);
      }
      if (words.length <= 4 && surface.chars().noneMatch(Character::isDigit)) {
        return new AliasTable.Canonical(surface, EntityType.PERSON);
      }
      return null;
    }
    if (!shortForms) {
      return null;
    }
    // A single word: a surname or first name of a person named in full, an acronym of a name in
    // full, else typed by its context.
    for (AliasTable.Canonical full : typed.values()) {
      if (full.type() == EntityType.PERSON && java.util.Arrays.asList(full.name().split("\\s+")).contains(surface)) {
        return full;
      }
    }
    if (Names.isAcronym(surface)) {
      String letters = surface.replace(".", "");
      for (AliasTable.Canonical full : typed.values()) {
        if (full.type() == EntityType.ORGANIZATION && Names.initials(full.name()).equals(letters)) {
          return full;
        }
      }
    }
    if (titled) {
      return new AliasTable.Canonical(surface, EntityType.PERSON);
    }
    if (c.before() != null && PLACE_PREPOSITIONS.contains(c.before())) {
      return new AliasTable.Canonical(surface, EntityType.PLACE);
    }
    if (frequency.getOrDefault(surface, 0) >= 2) {
      return new AliasTable.Canonical(surface, EntityType.ORGANIZATION);
    }
    return null;
  }

  /** "Department of Homeland Security (DHS)": DHS to the name before it. */
  private static Map<String, String> definedAcronyms(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(2).replace(".", "");
      String before = m.group(1).trim();
      String[] words = before.split("\\s+");
      // Take as many trailing words as the acronym has capitals, skipping connectors.
      int needed = acronym.length();
      int k = words.length;
      while (k > 0 && needed > 0) {
        k--;
        if (!Names.CONNECTORS.contains(words[k].toLowerCase(Locale.ROOT))) {
          needed--;
        }
      }
      String full = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
      if (needed == 0 && Names.initials(full).equalsIgnoreCase(acronym)) {
        out.putIfAbsent(m.group(2), full);
      }
    }
    return out;
  }
}
