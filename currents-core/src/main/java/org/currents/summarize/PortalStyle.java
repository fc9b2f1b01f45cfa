package org.currents.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.currents.text.EnglishNlp;
import org.currents.text.TextSpan;
import org.currents.text.VerbForms;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites a news sentence the way a current-events portal states what happened: the main verb in
 * the present tense ("The minister resigned" to "The minister resigns", "Police have arrested" to
 * "Police arrest", "was killed" to "is killed"), and without what the day page already says ("on
 * Tuesday", "yesterday") or what a summary can spare (a short aside in brackets). A sentence whose
 * clause structure is not clear (a relative clause in the subject, a past perfect, no subject) keeps
 * its tense: a wrong rewrite is worse than none. Thread safe.
 */
final class PortalStyle {
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  /**
   * "on Tuesday (night)", "late Tuesday", and a bare "Tuesday" only where it ends a clause or comes
   * before "that" or a preposition ("said Tuesday that"): in "spent Monday trying" it is an object.
   */
  private static final Pattern DAY_REFERENCE =
      Pattern.compile(
          "\\s(?:(?:(?:late|early)\\s)?on\\s" + WEEKDAY + "(?:\\s(?:morning|afternoon|evening|night))?(?![\\w'’])"
              + "|(?:(?:late|early)\\s)?" + WEEKDAY + "(?=[,.;]|\\s(?:that|after|in|at|when|as)\\s)"
              + "|(?:yesterday|today|last night|this morning)(?=[,.;]|\\s))");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,;:!?]|\\.(?!\\.))");
  private static final Pattern ASIDE = Pattern.compile("\\s\\((?:[^()]{1,60})\\)(?=[\\s,.;])");
  /** Words that open a subordinate or prepositional phrase before the main clause. */
  private static final Set<String> OPENERS =
      Set.of(
          "after", "when", "while", "as", "although", "though", "because", "since", "before", "if",
          "once", "following", "despite", "amid", "until", "unless", "with", "without", "in", "on",
          "at", "during", "for", "by", "from", "earlier", "later", "last", "this", "speaking");
  private static final int MAX_SUBJECT_TOKENS = 12;
  private static final Set<String> AUXILIARIES =
      Set.of("was", "were", "has", "have", "had", "did", "is", "are", "will", "would", "can", "could",
          "may", "might", "must", "should", "shall", "does", "do");
  private static final Set<String> SUBORDINATORS =
      Set.of("after", "before", "because", "when", "while", "as", "since", "although", "though", "if",
          "until", "unless", "to");
  /** Words after which a past form is an adjective of a noun: "the trapped miners", "of injured people". */
  private static final Set<String> BEFORE_ADJECTIVE =
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "my", "your", "of", "some", "many", "several");
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "that", "and", "but", "or", "after", "before", "when", "as", "because", "while", "since");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "whom", "where", "when");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");
  private static final Set<String> FIRST_OR_SECOND_PERSON = Set.of("i", "you");
  private static final Set<String> PLURAL_NOUNS =
      Set.of("people", "men", "women", "children", "police", "officers", "staff", "troops", "crew");
  private static final Set<String> SINGULAR_IN_S = Set.of("news", "series", "species", "means", "politics", "economics", "physics");

  private final EnglishNlp nlp;
  private final VerbForms verbs;

  PortalStyle(EnglishNlp nlp, VerbForms verbs) {
    this.nlp = nlp;
    this.verbs = verbs;
  }

  /**
   * {@code sentence} in the portal's style. {@code nameWords} are the words of the names found in
   * the event's articles: "Athens" opening a sentence is a city, not a plural.
   */
  String rewrite(String sentence, Set<String> nameWords) {
    String shorter = ASIDE.matcher(DAY_REFERENCE.matcher(sentence).replaceAll("")).replaceAll("");
    // Text from tokenised corpora spaces its punctuation ("North , Ahmad Lawan ,"); a headline does not.
    String tidy = SPACE_BEFORE_PUNCTUATION.matcher(shorter).replaceAll("$1");
    return presentTense(tidy, nameWords);
  }

  /** A token of the sentence, with its span and tag. */
  private record Token(String text, String lower, String tag, TextSpan span) {
    boolean isVerbal() {
      return tag.startsWith("VB") || tag.equals("MD");
    }
  }

  private String presentTense(String sentence, Set<String> nameWords) {
    List<TextSpan> spans = nlp.tokens(sentence);
    String[] words = spans.stream().map(s -> s.of(sentence)).toArray(String[]::new);
    String[] tags = nlp.tags(words);
    Token[] tokens = new Token[words.length];
    for (int i = 0; i < words.length; i++) {
      tokens[i] = new Token(words[i], words[i].toLowerCase(Locale.ROOT), tags[i], spans.get(i));
    }
    int subjectStart = subjectStart(tokens);
    int verb = mainVerb(tokens, subjectStart);
    if (verb < 0) {
      return sentence;
    }
    Boolean plural = pluralSubject(tokens, subjectStart, verb, nameWords);
    if (plural == null) {
      return sentence;
    }
    List<Edit> edits = new ArrayList<>();
    int next = rewriteVerbGroup(tokens, verb, plural, edits);
    if (next < 0) {
      return sentence;
    }
    // "... arrested two men and charged them": the coordinated verb follows the first.
    for (int i = next; i + 1 < tokens.length; i++) {
      if (tokens[i].lower().equals("and") && tokens[i + 1].tag().startsWith("VB")) {
        replacePast(tokens[i + 1], plural, edits);
        break;
      }
      if (tokens[i].isVerbal() || tokens[i].text().equals(",")) {
        break;
      }
    }
    StringBuilder out = new StringBuilder(sentence);
    // Right to left, so that each edit's offsets still hold when it is applied.
    edits.sort(Comparator.comparingInt(Edit::start).reversed());
    edits.forEach(e -> out.replace(e.start(), e.end(), e.replacement()));
    return out.toString();
  }

  /** Characters [start, end) of the sentence replaced by {@code replacement}. */
  private record Edit(int start, int end, String replacement) {}

  /**
   * The main clause's finite verb after {@code subjectStart}: an auxiliary, or a past form that no
   * determiner makes an adjective ("the trapped miners"). The tagger alone is not trusted: it reads
   * "earthquake struck" as verb and noun. -1 when a present verb, a subordinate clause or a long
   * subject comes first.
   */
  private int mainVerb(Token[] tokens, int subjectStart) {
    int limit = Math.min(tokens.length, subjectStart + MAX_SUBJECT_TOKENS + 1);
    for (int i = subjectStart + 1; i < limit; i++) {
      Token t = tokens[i];
      if (AUXILIARIES.contains(t.lower())) {
        return i;
      }
      if (SUBORDINATORS.contains(t.lower()) || RELATIVE.contains(t.lower())) {
        return -1;
      }
      boolean adjective = BEFORE_ADJECTIVE.contains(tokens[i - 1].lower());
      if (!t.tag().equals("NNP") && !adjective && verbs.baseOfPast(t.text()) != null) {
        return auxiliaryLaterInClause(tokens, i + 1) ? -1 : i;
      }
      if (t.isVerbal() && verbs.isPresentForm(t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether an auxiliary follows in the same clause, which makes the past form before it a
   * participle of the subject: "a car based on the platform is expected".
   */
  private static boolean auxiliaryLaterInClause(Token[] tokens, int from) {
    for (int i = from; i < tokens.length; i++) {
      String w = tokens[i].lower();
      if (CLAUSE_ENDS.contains(w)) {
        return false;
      }
      if (AUXILIARIES.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the main clause's subject starts: after an opening phrase and its comma ("After a long
   * trial, the jury ..."), else at the start ("At least 30 people ...").
   */
  private static int subjectStart(Token[] tokens) {
    if (tokens.length > 0 && OPENERS.contains(tokens[0].lower())) {
      for (int i = 1; i < tokens.length - 1; i++) {
        if (tokens[i].text().equals(",")) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /**
   * Whether the subject is plural; null when it cannot be told or is not in the third person. The
   * head is the subject's last noun before its modifiers ("a group of protesters", "traffic between
   * Europe and Asia", "columns standing 3.5m tall"); a number after a comma is an age.
   */
  private static @Nullable Boolean pluralSubject(Token[] tokens, int from, int to, Set<String> nameWords) {
    int head = -1;
    boolean joined = false;
    for (int i = from; i < to; i++) {
      Token t = tokens[i];
      if (RELATIVE.contains(t.lower()) || FIRST_OR_SECOND_PERSON.contains(t.lower())) {
        return null;
      }
      if (head >= 0 && (t.tag().equals("IN") || t.isVerbal() || t.lower().endsWith("ing"))) {
        break;
      }
      if (t.lower().equals("and") && head >= 0 && i + 1 < to) {
        joined = true; // "Obama and Netanyahu", "an officer and a technician"
      }
      boolean age = t.tag().equals("CD") && i > from && tokens[i - 1].text().equals(",");
      if (t.tag().startsWith("NN") || t.tag().equals("PRP") || (t.tag().equals("CD") && !age)) {
        head = i;
      }
    }
    if (head < 0) {
      return null;
    }
    if (joined) {
      return true;
    }
    Token h = tokens[head];
    if (h.tag().equals("PRP")) {
      return PLURAL_PRONOUNS.contains(h.lower());
    }
    if (h.tag().equals("CD")) {
      return !h.lower().equals("one") && !h.lower().equals("1");
    }
    if (PLURAL_NOUNS.contains(h.lower())) {
      return true;
    }
    boolean endsInPluralS =
        h.lower().endsWith("s") && !h.lower().matches(".*(?:ss|us|is)") && !SINGULAR_IN_S.contains(h.lower());
    // A sentence's first word is capitalised and often tagged a name whatever it is; only the
    // names found in the articles say that "Athens" is one and "Protests" are not.
    boolean properName =
        nameWords.contains(h.text())
            || (head > 0 && (h.tag().equals("NNP") || Character.isUpperCase(h.text().charAt(0))));
    if (properName) {
      // "The Democrats" are many, "The United States", "Athens" and "Reuters" one.
      boolean singleName = head == from || !tokens[head - 1].tag().equals("NNP");
      boolean afterArticle = head > from && tokens[head - 1].lower().equals("the");
      return endsInPluralS && singleName && afterArticle;
    }
    return endsInPluralS;
  }

  /**
   * Rewrites the verb group starting at {@code verb}; returns the index after it, or -1 when it is
   * not a past form this class can put in the present.
   */
  private int rewriteVerbGroup(Token[] tokens, int verb, boolean plural, List<Edit> edits) {
    Token v = tokens[verb];
    int after = nextNonAdverb(tokens, verb + 1);
    Token next = after < tokens.length ? tokens[after] : null;
    switch (v.lower()) {
      case "was", "were" -> {
        if (next == null || next.lower().equals("to")) {
          return -1;
        }
        replace(edits, v, VerbForms.present("be", plural));
        return verb + 1;
      }
      case "has", "have" -> {
        String base = next == null || !next.isVerbal() ? null : verbs.baseOfParticiple(next.text());
        if (base == null) {
          return -1;
        }
        // "has been arrested" to "is arrested"; "have arrested" to "arrest"; adverbs stay.
        replace(edits, next, VerbForms.present(base, plural));
        remove(edits, v, tokens[verb + 1]);
        return after + 1;
      }
      case "did" -> {
        if (next == null || !(next.lower().equals("not") || next.lower().equals("n't"))) {
          return -1;
        }
        replace(edits, v, plural ? "do" : "does");
        return after + 1;
      }
      default -> {
        return replacePast(v, plural, edits) ? verb + 1 : -1;
      }
    }
  }

  private boolean replacePast(Token v, boolean plural, List<Edit> edits) {
    String base = verbs.baseOfPast(v.text());
    if (base == null || base.equals("have") || base.equals("be")) {
      return false; // "had" is a past perfect or a possession; both are left alone
    }
    replace(edits, v, VerbForms.present(base, plural));
    return true;
  }

  private static int nextNonAdverb(Token[] tokens, int from) {
    int i = from;
    while (i < tokens.length && tokens[i].tag().equals("RB") && !tokens[i].lower().equals("not") && !tokens[i].lower().equals("n't")) {
      i++;
    }
    return i;
  }

  private static void replace(List<Edit> edits, Token token, String word) {
    edits.add(new Edit(token.span().start(), token.span().end(), word));
  }

  /** Removes {@code token} and the space up to {@code following}. */
  private static void remove(List<Edit> edits, Token token, Token following) {
    edits.add(new Edit(token.span().start(), following.span().start(), ""));
  }
}
