package org.currents.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.Summary;
import org.currents.model.WeightedEntity;
import org.currents.text.EnglishNlp;
import org.currents.text.TextSpan;
import org.currents.text.Terms;
import org.currents.text.VerbForms;

/**
 * Picks the event's most central sentence as its summary: among the opening sentences of every
 * article, the one whose terms the most articles share, favouring early sentences and the event's
 * main entities, and refusing sentences that cannot stand alone (opening with a pronoun or a
 * quote, too short, too long), stated in the portal's style ({@link PortalStyle}: present tense,
 * no weekday). The lead is the first sentence of the most representative article;
 * the cover image is that article's image, else the first member's that has one.
 *
 * <p>Thread safe and deterministic: ties go to the earlier article and sentence.
 */
public final class CentralSentenceSummarizer implements EventSummarizer {
  /** Only an article's opening sentences are candidates: news puts what happened first. */
  static final int SENTENCES_PER_ARTICLE = 6;

  /** Later sentences count less: news says what happened first. */
  private static final double POSITION_DECAY = 0.15;
  /**
   * Longer sentences cover more terms; dividing by a root of the length keeps the summary near the
   * 20-30 words an editor writes (tuned on ECB+ with {@code currents eval summaries}).
   */
  private static final double LENGTH_PENALTY = 0.3;
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 45;
  private static final Pattern DATELINE =
      Pattern.compile("^(?:\\p{Lu}[\\p{Lu} .,'/-]{1,40}(?:\\([^)]{1,40}\\))?\\s*[-—–:]+\\s+|\\([^)]{1,30}\\)\\s*[-—–]\\s*)");
  /**
   * Openings that lean on an earlier sentence: a quote, a pronoun, a connective, or a bare "the"
   * noun that names no one ("The company said ...", "The man was ...").
   */
  private static final Pattern CANNOT_STAND_ALONE =
      Pattern.compile(
          "^(?:[\"“‘'(]|(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|But|And|Or|So|Also|However)\\b"
              + "|The (?:company|firm|group|man|woman|boy|girl|couple|agency|organi[sz]ation|official|spokes(?:man|woman|person)"
              + "|suspect|victim|star|actor|actress|singer|player|team|club|report|statement|move|decision|deal)\\b)");

  private static final Pattern ATTRIBUTION_TAIL =
      Pattern.compile(
          ",\\s+(?:according to [^,]{1,60}|(?:[\\p{L}.'-]+\\s+){1,5}(?:said|says|told [\\p{L}]+|reported|announced)"
              + "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)\\s*[.]$");

  private final EnglishNlp nlp;
  private final PortalStyle style;

  public CentralSentenceSummarizer() {
    this(EnglishNlp.shared());
  }

  public CentralSentenceSummarizer(EnglishNlp nlp) {
    this.nlp = nlp;
    this.style = new PortalStyle(nlp, VerbForms.shared());
  }

  /** A candidate sentence and where it came from. */
  private record Candidate(String text, int article, int index, Set<String> terms) {}

  @Override
  public Outcome<Summary> summarize(Event event, List<AnnotatedArticle> articles) {
    if (articles.isEmpty()) {
      return Outcome.failed(ProblemCode.EMPTY, event.id(), "the event has no articles to summarise");
    }
    List<List<Candidate>> perArticle = new ArrayList<>();
    List<Set<String>> termsPerArticle = new ArrayList<>();
    Map<String, Integer> articlesWithTerm = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      List<Candidate> sentences = opening(articles.get(i).article().text(), i);
      perArticle.add(sentences);
      Set<String> terms = new HashSet<>();
      sentences.forEach(c -> terms.addAll(c.terms()));
      terms.forEach(t -> articlesWithTerm.merge(t, 1, Integer::sum));
      termsPerArticle.add(terms);
    }
    int representative = Centrality.mostShared(termsPerArticle, articlesWithTerm);
    List<Candidate> repSentences = perArticle.get(representative);
    if (repSentences.isEmpty()) {
      return Outcome.failed(
          ProblemCode.EMPTY, event.id(), "no sentence found in article " + articles.get(representative).article().id());
    }
    Candidate lead = firstStandalone(repSentences);
    Set<String> entityWords = entityWords(event);
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (List<Candidate> sentences : perArticle) {
      for (Candidate c : sentences) {
        int words = c.text().split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS || !standsAlone(c.text())) {
          continue;
        }
        double score =
            centrality(c, articlesWithTerm, entityWords)
                / (1 + POSITION_DECAY * c.index())
                / Math.pow(words, LENGTH_PENALTY);
        if (c == lead && articles.size() > 1) {
          score *= 0.9; // prefer a sentence that says something the lead does not repeat
        }
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      best = lead;
    }
    String image = articles.get(representative).article().image();
    for (int i = 0; image == null && i < articles.size(); i++) {
      image = articles.get(i).article().image();
    }
    return Outcome.ok(
        new Summary(
            style.rewrite(best.text(), nameWords(articles)),
            lead.text(),
            image,
            articles.get(best.article()).article().id(),
            best.index(),
            best.text()));
  }

  private List<Candidate> opening(String text, int article) {
    List<Candidate> out = new ArrayList<>();
    List<TextSpan> spans = nlp.sentences(text);
    for (int i = 0; i < spans.size() && i < SENTENCES_PER_ARTICLE; i++) {
      String sentence = withoutAttribution(DATELINE.matcher(spans.get(i).of(text).replaceAll("\\s+", " ")).replaceFirst(""));
      if (!sentence.isBlank()) {
        out.add(new Candidate(sentence, article, i, new HashSet<>(Terms.of(sentence))));
      }
    }
    return out;
  }

  /**
   * "..., officials said Saturday." to "...": a trailing attribution of up to five words after a
   * comma adds nothing to a one-sentence summary. Quotes are left alone.
   */
  static String withoutAttribution(String sentence) {
    Matcher m = ATTRIBUTION_TAIL.matcher(sentence);
    return m.find() && !sentence.startsWith("\"") ? sentence.substring(0, m.start()) + "." : sentence;
  }

  /** Whether a reader of this sentence alone knows who and what it speaks of. */
  static boolean standsAlone(String sentence) {
    return !CANNOT_STAND_ALONE.matcher(sentence).find();
  }

  private static Candidate firstStandalone(List<Candidate> sentences) {
    for (Candidate c : sentences) {
      int words = c.text().split("\\s+").length;
      if (words >= MIN_WORDS && standsAlone(c.text())) {
        return c;
      }
    }
    return sentences.get(0);
  }

  /** How many of the event's articles share each of the sentence's terms, per term. */
  private static double centrality(Candidate c, Map<String, Integer> articlesWithTerm, Set<String> entityWords) {
    if (c.terms().isEmpty()) {
      return 0;
    }
    double shared = 0;
    int entityHits = 0;
    for (String t : c.terms()) {
      shared += articlesWithTerm.getOrDefault(t, 0);
      if (entityWords.contains(t)) {
        entityHits++;
      }
    }
    return shared / Math.sqrt(c.terms().size()) + entityHits;
  }


  /** The words of every name found in the event's articles. */
  private static Set<String> nameWords(List<AnnotatedArticle> articles) {
    Set<String> words = new HashSet<>();
    for (AnnotatedArticle a : articles) {
      for (Mention m : a.mentions()) {
        words.addAll(List.of(m.surface().split("\\s+")));
      }
    }
    return words;
  }

  private static Set<String> entityWords(Event event) {
    Set<String> words = new HashSet<>();
    for (WeightedEntity e : event.entities().subList(0, Math.min(5, event.entities().size()))) {
      words.addAll(Terms.of(e.canonicalName()));
    }
    return words;
  }
}
