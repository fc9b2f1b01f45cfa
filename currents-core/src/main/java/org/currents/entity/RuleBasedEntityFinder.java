package org.currents.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.text.EnglishNlp;
import org.currents.text.QuickTokens;
import org.currents.text.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * Finds names as chunks of capitalised words in OpenNLP sentences (tokens and function-word tags by
 * {@link QuickTokens}, or optionally OpenNLP's tokenizer and tagger), types them with the {@link
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
          "trust", "church", "board", "authority",
          "government", "guard", "team", "society", "academy", "media", "studios",
          "records", "labs", "technologies", "systems", "motors", "holdings", "fc");
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "city", "county", "province", "state", "river", "island", "islands", "street", "avenue",
          "road", "mountains", "mountain", "mount", "valley", "lake", "bay", "coast", "beach",
          "district", "region", "peninsula", "sea", "ocean", "airport", "square", "park", "bridge",
          "village", "town", "gulf", "strait", "desert", "highway");
  /**
   * Last words of buildings and sites, which news reports as places where things happen ("checked
   * into the Betty Ford Center", "shot outside the Kraft plant"), before any organisation word.
   */
  private static final Set<String> FACILITY_WORDS =
      Set.of("center", "centre", "hospital", "clinic", "arena", "stadium", "theatre", "theater",
          "hotel", "prison", "jail", "mall", "museum", "garden", "gardens", "plant", "cathedral",
          "temple", "mosque", "palace", "tower", "towers", "station", "church");
  /** First words of place names: "Fort Smith", "Santa Rosa", "Lake Tahoe". */
  private static final Set<String> PLACE_PREFIXES =
      Set.of("fort", "ft.", "mount", "mt.", "lake", "port", "cape", "san", "santa", "los", "las",
          "saint", "st.", "puerto", "rio", "isle", "glen", "point");
  /** Heads of names that continue with "of": "Bank of England", "Republic of Korea". */
  private static final Set<String> NAME_HEADS =
      Set.of("republic", "kingdom", "states", "bank", "house", "isle", "duke", "prince", "archbishop",
          "bishop", "secretary", "minister", "chamber", "order", "tour", "museum", "palace");
  /** Connectors of other languages, lower case as written inside names. */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "del", "von", "van", "bin");
  private static final Set<String> PERSON_TITLES =
      Set.of(
          "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "senator",
          "rep.", "representative", "gov.", "governor", "mayor", "minister", "secretary", "judge",
          "justice", "gen.", "general", "chancellor", "king", "queen", "prince", "princess",
          "pope", "sir", "lord", "lady", "prof.", "professor", "officer", "detective", "chief",
          "director", "ceo", "chairman", "spokesman", "spokeswoman", "coach", "actor", "actress",
          "singer", "rapper", "star", "captain", "capt.", "lt.", "sgt.", "col.", "premier",
          "ambassador", "attorney", "sheriff", "commissioner", "leader", "vice", "prime",
          "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman", "coroner",
          "vp", "cfo", "cto", "founder", "chairwoman", "deputy", "lawmaker", "doctor", "host",
          "reporter", "manager", "rev.", "reverend", "quarterback", "forward", "striker", "rb",
          "qb", "polygamist", "chipmaker", "suspect", "defendant", "dean", "bishop", "cardinal",
          "trooper", "senior", "lieutenant", "sergeant", "corporal", "constable", "inspector",
          "speaker", "spokesperson", "head", "hon.", "rt.");
  /** Tags of words that are never part of a name, capitalised or not. */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("PRP", "PRP$", "DT", "IN", "CC", "WP", "WDT", "WRB", "MD", "TO", "EX");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "today", "yesterday", "tomorrow", "i", "mr", "mrs", "ms", "dr",
          // Honorifics of parliaments ("the Rt. Hon. Speaker"): titles, not part of any name.
          "hon", "hon.", "rt", "rt.",
          "photo", "image", "video", "advertisement", "getty", "images", "reuters/", "ap", "afp");
  /** Adjectives that start names ("New York", "North Korea"); the tagger calls them JJ. */
  private static final Set<String> NAME_ADJECTIVES =
      Set.of("New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
          "Central", "Great", "United", "Royal", "National", "Saudi");

  private final AliasTable aliases;
  private final EnglishNlp nlp;
  private final boolean modelTokens;
  private final CorpusNameResolver acrossArticles;

  /** The default: OpenNLP sentences, rule tokens and function-word tags ({@link QuickTokens}). */
  public RuleBasedEntityFinder() {
    this(AliasTable.bundled(), EnglishNlp.shared(), false);
  }

  /**
   * @param modelTokens tokens and tags from OpenNLP's statistical models instead of {@link
   *     QuickTokens}; about twenty times slower and, on ECB+, no more accurate (see README)
   */
  public RuleBasedEntityFinder(AliasTable aliases, EnglishNlp nlp, boolean modelTokens) {
    this.aliases = aliases;
    this.nlp = nlp;
    this.modelTokens = modelTokens;
    this.acrossArticles = new CorpusNameResolver(aliases);
  }

  @Override
  public List<AnnotatedArticle> joinAcrossArticles(List<AnnotatedArticle> articles) {
    return acrossArticles.resolve(articles);
  }

  /** A proper-noun chunk before resolution. */
  private record Chunk(int start, int end, String surface, @Nullable String before, @Nullable String after) {}

  @Override
  public Outcome<AnnotatedArticle> annotate(Article article) {
    String text = article.text();
    List<Tagged> sentences = new ArrayList<>();
    for (TextSpan sentence : nlp.sentences(text)) {
      sentences.add(tag(text, sentence));
    }
    Evidence evidence = Evidence.of(sentences);
    List<Chunk> chunks = new ArrayList<>();
    for (Tagged t : sentences) {
      chunks.addAll(chunks(text, t, evidence));
    }
    ArticleNames names = ArticleNames.of(aliases, text);
    Map<String, Integer> frequency = new HashMap<>();
    chunks.forEach(c -> frequency.merge(c.surface(), 1, Integer::sum));

    // Pass 1: type every multi-word or known chunk; pass 2 resolves short forms against them.
    Map<String, AliasTable.Canonical> resolved = new LinkedHashMap<>();
    for (Chunk c : chunks) {
      AliasTable.Canonical known =
          c.surface().indexOf(' ') < 0 ? null : typeOf(c, names, frequency, resolved, false);
      if (known != null) {
        resolved.putIfAbsent(c.surface(), known);
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (Chunk c : chunks) {
      AliasTable.Canonical canonical = resolved.get(c.surface());
      if (canonical == null) {
        canonical = typeOf(c, names, frequency, resolved, true);
      }
      if (canonical != null) {
        mentions.add(new Mention(c.start(), c.end(), canonical.type(), c.surface(), canonical.name()));
      }
    }
    return Outcome.ok(new AnnotatedArticle(article, mentions));
  }

  /**
   * A sentence's tokens (spans relative to the sentence) and their tags; {@code headline} when most
   * of its longer words are capitalised (all of them if it ends with a period): Title Case or all
   * capitals, {@code allCapitals} for the latter.
   */
  private record Tagged(TextSpan sentence, List<TextSpan> spans, String[] tokens, String[] tags,
      boolean headline, boolean allCapitals) {}

  private Tagged tag(String text, TextSpan sentence) {
    String s = sentence.of(text);
    List<TextSpan> spans = modelTokens ? nlp.tokens(s) : QuickTokens.tokens(s);
    String[] tokens = spans.stream().map(t -> t.of(s)).toArray(String[]::new);
    int words = 0, capitalized = 0, capitals = 0;
    for (String token : tokens) {
      if (token.length() > 3 && token.codePoints().allMatch(Character::isLetter)) {
        words++;
        capitalized += startsUpper(token) ? 1 : 0;
        capitals += token.equals(token.toUpperCase(Locale.ROOT)) ? 1 : 0;
      }
    }
    // Headlines rarely end with a period; ordinary sentences full of names often look like them.
    boolean period = tokens.length > 0 && tokens[tokens.length - 1].equals(".");
    boolean headline = words >= 3 && (period ? capitalized == words : capitalized * 4 >= words * 3);
    return new Tagged(sentence, spans, tokens, modelTokens ? nlp.tags(tokens) : QuickTokens.tags(tokens), headline, headline && capitals * 4 >= words * 3);
  }

  /**
   * What the whole article says about capitals: the words it capitalises where English does not
   * capitalise common words (inside an ordinary sentence), and the words it writes in lower case.
   * Headlines in Title Case or capitals and sentence starts are weak evidence and are judged by it.
   */
  private record Evidence(Set<String> capitalizedInside, Set<String> lowerCase) {
    static Evidence of(List<Tagged> sentences) {
      Set<String> capitalized = new HashSet<>();
      Set<String> lower = new HashSet<>();
      for (Tagged t : sentences) {
        String[] tokens = t.tokens();
        boolean headline = t.headline();
        for (int i = 0; i < tokens.length; i++) {
          if (startsUpper(tokens[i])) {
            if (!headline && i > 0 && !afterQuoteOrColon(tokens, i)) {
              capitalized.add(tokens[i]);
            }
          } else if (!tokens[i].isEmpty() && Character.isLowerCase(tokens[i].codePointAt(0))) {
            lower.add(tokens[i]);
          }
        }
      }
      return new Evidence(capitalized, lower);
    }
  }

  private static boolean afterQuoteOrColon(String[] tokens, int i) {
    return i > 0 && tokens[i - 1].matches("[\"“'‘:]");
  }

  /**
   * A name token starts with a capital and is capitalised where English does not capitalise common
   * words: inside an ordinary sentence. At a sentence start, after a quote, and anywhere in a
   * headline in Title Case, a capital proves nothing ("Chipmaker AMD", "Lohan Checks Into Rehab"):
   * there the word must be a known alias, capitalised inside a sentence elsewhere in the article, an
   * acronym, or (at a sentence start) a proper noun the article never writes in lower case. Capitals
   * decide more than tags because the tagger, trained on web text, often tags unseen names as verbs.
   * A capitalised adjective ("Advanced", "French") is part of a name only before another name word.
   */
  private boolean[] nameTokens(Tagged t, Evidence evidence) {
    String[] tokens = t.tokens();
    boolean[] names = new boolean[tokens.length];
    boolean[] adjectives = new boolean[tokens.length];
    for (int i = 0; i < names.length; i++) {
      String token = tokens[i];
      String tag = t.tags()[i];
      if (!startsUpper(token)
          || NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))
          || token.codePoints().noneMatch(Character::isLetter)
          || FUNCTION_TAGS.contains(tag)) {
        continue;
      }
      boolean proper = tag.equals("NNP") || tag.equals("NNPS");
      boolean weak = i == 0 || afterQuoteOrColon(tokens, i) || t.headline();
      if (weak) {
        names[i] = aliases.lookup(token) != null
            || evidence.capitalizedInside().contains(token)
            || (Names.isAcronym(token) && !t.allCapitals())
            || (!t.headline() && proper && !evidence.lowerCase().contains(token.toLowerCase(Locale.ROOT)));
      } else if ((tag.startsWith("JJ") && !possessive(token) && aliases.lookup(token) == null)
          || aliases.countryOfDemonym(token) != null) {
        adjectives[i] = true;
      } else {
        names[i] = true;
      }
    }
    for (int i = names.length - 2; i >= 0; i--) {
      names[i] |= adjectives[i] && names[i + 1];
    }
    // "Advanced Micro Devices said": a sentence's first word continues the name after it, unless
    // the article also writes that word in lower case.
    if (tokens.length > 1 && !t.headline() && !names[0] && names[1] && startsUpper(tokens[0])
        && !FUNCTION_TAGS.contains(t.tags()[0]) && !NOT_NAMES.contains(tokens[0].toLowerCase(Locale.ROOT))
        && !evidence.lowerCase().contains(tokens[0].toLowerCase(Locale.ROOT))) {
      names[0] = true;
    }
    return names;
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private List<Chunk> chunks(String text, Tagged tagged, Evidence evidence) {
    TextSpan sentence = tagged.sentence();
    List<TextSpan> spans = tagged.spans();
    String[] tokens = tagged.tokens();
    boolean[] name = nameTokens(tagged, evidence);
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
      while (to < tokens.length && (!possessive(tokens[to - 1]) || organizationWord(tokens[to]))) {
        if (name[to]) {
          to++;
        } else if (possessive(tokens[to]) && to + 1 < tokens.length && name[to + 1]
            && organizationWord(tokens[to + 1])) {
          to += 2; // "Sheriff 's Office"
        } else if (hyphenated(tokens, spans, to)) {
          to++; // "Port-au-Prince", "Al-Qaeda": hyphens with no space keep the name whole
        } else if (Names.CONNECTORS.contains(tokens[to].toLowerCase(Locale.ROOT))
            && to + 1 < tokens.length
            && name[to + 1]
            && joinsByConnector(tokens[to - 1], tokens[to])) {
          to += 2;
        } else {
          break;
        }
      }
      // Leading titles ("President", "Sen.") are context, not part of the name.
      int nameFrom = from;
      for (int k = from; k < to - 1; k++) {
        if (title(tokens[k]) && !possessive(tokens[k + 1])) { // not "Sheriff's Office"
          nameFrom = k + 1; // "U.S. President Donald Trump": the name follows the last title
        }
      }
      while (nameFrom < to - 1 && nameFrom > from && hyphenated(tokens, spans, nameFrom)) {
        nameFrom++; // "President-elect Barack Obama": the rest of a hyphenated title
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
      boolean titleOnly = title(tokens[to - 1]); // "German Chancellor"
      if (!NOT_NAMES.contains(surface.toLowerCase(Locale.ROOT)) && surface.length() > 1 && !titleOnly) {
        out.add(new Chunk(start, end, surface, before, after));
      }
      i = to;
    }
    return out;
  }

  /** "Central London", "Northern Ireland": name adjectives before a known place. */
  private boolean placeWithDirection(String[] words) {
    int k = 0;
    while (k < words.length - 1 && NAME_ADJECTIVES.contains(words[k])) {
      k++;
    }
    AliasTable.Canonical rest = aliases.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
    return k > 0 && rest != null && rest.type() == EntityType.PLACE;
  }

  /**
   * "New Orleans Saints", "Boston Red Sox": a known place followed by a plural (or "Sox") is a
   * team or a group named after its home, not a person.
   */
  private boolean team(String[] words) {
    String last = words[words.length - 1];
    boolean plural = (last.endsWith("s") && !last.endsWith("ss") && last.length() > 3) || last.equals("Sox");
    for (int k = 1; plural && k < words.length; k++) {
      AliasTable.Canonical home = aliases.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
      if (home != null && home.type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  /** "President", "Sen.", "President-elect", "Vice-President": a title before a person's name. */
  private static boolean title(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    int hyphen = lower.indexOf('-');
    return PERSON_TITLES.contains(lower)
        || (hyphen > 0 && (PERSON_TITLES.contains(lower.substring(0, hyphen)) || PERSON_TITLES.contains(lower.substring(hyphen + 1))));
  }

  /** "Marion County Sheriff's Office": a possessive inside an organisation's name. */
  private static boolean organizationWord(String token) {
    return ORGANIZATION_WORDS.contains(token.toLowerCase(Locale.ROOT));
  }

  private static boolean possessive(String token) {
    return token.endsWith("'s") || token.endsWith("’s");
  }

  private static boolean hyphenated(String[] tokens, List<TextSpan> spans, int i) {
    boolean touches = spans.get(i - 1).end() == spans.get(i).start();
    return touches && (tokens[i].startsWith("-") || tokens[i - 1].endsWith("-"));
  }

  /**
   * "Fort Smith", "Lake Tahoe"; a mountain pass ("Col de Port") only before a particle, as "Col
   * Gaddafi" is a colonel.
   */
  private static boolean startsAsPlace(String[] words) {
    String first = words[0].toLowerCase(Locale.ROOT);
    return PLACE_PREFIXES.contains(first)
        || (first.equals("col") && words.length > 2 && NAME_PARTICLES.contains(words[1]));
  }

  /**
   * "Bank of England" but not "Obama of Illinois": English connectors join after a head word only.
   * The particles of other languages ("Col de Port", "Charles de Gaulle", "Ludwig van Beethoven")
   * are not English words, so between two names they always belong to one.
   */
  private static boolean joinsByConnector(String wordBefore, String connector) {
    String w = wordBefore.toLowerCase(Locale.ROOT);
    return NAME_PARTICLES.contains(connector)
        || ORGANIZATION_WORDS.contains(w) || PLACE_WORDS.contains(w) || NAME_HEADS.contains(w);
  }


  /**
   * The canonical entity of a chunk, or null when it is not (yet) typed. With {@code shortForms},
   * single words and acronyms are resolved against the names already typed in this article.
   */
  private AliasTable.@Nullable Canonical typeOf(
      Chunk c,
      ArticleNames names,
      Map<String, Integer> frequency,
      Map<String, AliasTable.Canonical> typed,
      boolean shortForms) {
    String surface = c.surface();
    String[] words = surface.split("\\s+");
    if (shortForms && !Names.isAcronym(surface)) {
      // The first or last name of a person named in full in this article, even when it is also a
      // well-known name ("Jordan" after "Michael Jordan").
      AliasTable.Canonical person = names.personNamedInFull(surface, typed.values());
      if (person != null) {
        return person;
      }
    }
    AliasTable.Canonical known = names.known(surface);
    if (known != null) {
      return known;
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean titled = c.before() != null && PERSON_TITLES.contains(c.before());
    if (words.length > 1) {
      if (FACILITY_WORDS.contains(last)) {
        return new AliasTable.Canonical(surface, EntityType.PLACE);
      }
      AliasTable.Canonical company = names.withoutLegalForm(surface);
      if (company != null) {
        return company;
      }
      for (String w : words) {
        if (ORGANIZATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          return new AliasTable.Canonical(surface, EntityType.ORGANIZATION);
        }
      }
      if (PLACE_WORDS.contains(last) || startsAsPlace(words)) {
        return new AliasTable.Canonical(surface, EntityType.PLACE);
      }
      AliasTable.Canonical owner = aliases.lookup(words[0]);
      if (owner != null && owner.type() == EntityType.ORGANIZATION) {
        return new AliasTable.Canonical(surface, EntityType.ORGANIZATION); // "Microsoft Word"
      }
      if (placeWithDirection(words)) {
        return new AliasTable.Canonical(surface, EntityType.PLACE);
      }
      if (team(words)) {
        return new AliasTable.Canonical(surface, EntityType.ORGANIZATION);
      }
      if (words.length <= 4 && surface.chars().noneMatch(Character::isDigit)) {
        // People's names are words in Title Case; "T-Mobile USA", "SeaMicro Inc" are not.
        boolean titleCase = java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{Lu}[\\p{Ll}'’.-]*(?:-\\p{Lu}?[\\p{Ll}'’]*)?") || w.matches("\\p{Lu}\\.") || w.matches("(?:Mc|Mac|O'|O’|D'|De|Di|La|Le)\\p{Lu}\\p{Ll}+"));
        return new AliasTable.Canonical(surface, titleCase ? EntityType.PERSON : EntityType.ORGANIZATION);
      }
      return null;
    }
    if (!shortForms) {
      return null;
    }
    // A single word: an acronym of a name in full, else typed by its context.
    AliasTable.Canonical abbreviated = ArticleNames.organizationAbbreviated(surface, typed.values());
    if (abbreviated != null) {
      return abbreviated;
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
}
