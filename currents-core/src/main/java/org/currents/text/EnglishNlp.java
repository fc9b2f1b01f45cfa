package org.currents.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and Penn Treebank part-of-speech tags for English, from OpenNLP's UD English
 * models on the classpath (Maven artifacts {@code opennlp-models-*-en}). Thread safe: one shared
 * instance, {@link #shared()}, loads the models once.
 */
public final class EnglishNlp {
  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /**
   * Words that end in a period without ending a sentence. The model splits after them ("U.S. |
   * President", "Jan. | 5"); such splits are undone.
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
          "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n",
          "e.u", "d.c", "a.m", "p.m");

  private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?$");

  private static final class Holder {
    static final EnglishNlp INSTANCE = load();
  }

  private final ThreadSafeSentenceDetectorME sentenceDetector;
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;

  private EnglishNlp(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
    this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentences);
    this.tokenizer = new ThreadSafeTokenizerME(tokens);
    this.tagger = new ThreadSafePOSTaggerME(pos, POSTagFormat.PENN);
  }

  /** The shared instance; loads the models on first use (about a second). */
  public static EnglishNlp shared() {
    return Holder.INSTANCE;
  }

  private static EnglishNlp load() {
    try (InputStream s = open(SENTENCE_MODEL);
        InputStream t = open(TOKEN_MODEL);
        InputStream p = open(POS_MODEL)) {
      return new EnglishNlp(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the OpenNLP English models", e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = EnglishNlp.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
    }
    return in;
  }

  /**
   * The sentences of {@code text}, as spans trimmed of surrounding space. Paragraph breaks (blank
   * lines) always end a sentence; abbreviation splits are merged back.
   */
  public List<TextSpan> sentences(String text) {
    List<TextSpan> out = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int blank = text.indexOf("\n\n", paragraphStart);
      int paragraphEnd = blank < 0 ? text.length() : blank;
      sentencesOfParagraph(text, paragraphStart, paragraphEnd, out);
      paragraphStart = paragraphEnd + 2;
    }
    return out;
  }

  private void sentencesOfParagraph(String text, int from, int to, List<TextSpan> out) {
    String paragraph = text.substring(from, to);
    if (paragraph.isBlank()) {
      return;
    }
    TextSpan pending = null;
    for (Span s : sentenceDetector.sentPosDetect(paragraph)) {
      TextSpan span = trim(text, from + s.getStart(), from + s.getEnd());
      if (span.start() == span.end()) {
        continue;
      }
      if (pending != null && endsWithAbbreviation(text, pending)) {
        pending = new TextSpan(pending.start(), span.end());
      } else {
        if (pending != null) {
          out.add(pending);
        }
        pending = span;
      }
    }
    if (pending != null) {
      out.add(pending);
    }
  }

  private static boolean endsWithAbbreviation(String text, TextSpan span) {
    String sentence = span.of(text);
    if (!sentence.endsWith(".")) {
      return false;
    }
    int space = sentence.lastIndexOf(' ', sentence.length() - 2);
    String lastWord = sentence.substring(space + 1, sentence.length() - 1);
    String bare = lastWord.replaceAll("^[(\"'“‘]+", "");
    return ABBREVIATIONS.contains(bare.toLowerCase(java.util.Locale.ROOT))
        || (bare.length() <= 3 && INITIAL.matcher(bare + ".").matches());
  }

  private static TextSpan trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(start, end);
  }

  /** The tokens of one sentence, as spans into {@code sentence}. */
  public List<TextSpan> tokens(String sentence) {
    List<TextSpan> out = new ArrayList<>();
    for (Span s : tokenizer.tokenizePos(sentence)) {
      out.add(new TextSpan(s.getStart(), s.getEnd()));
    }
    return out;
  }

  /** Penn Treebank tags for {@code tokens} (NNP, NNPS, VBD, ...), one per token. */
  public String[] tags(String[] tokens) {
    return tagger.tag(tokens);
  }
}
