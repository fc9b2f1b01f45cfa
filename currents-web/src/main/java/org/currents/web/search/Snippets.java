package org.currents.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The highlighted passage of each hit, from one field indexed with offsets, whose text each
 * document holds in memory. Everything a highlight needs per document that does not depend on the
 * query is read or computed once here: the texts (stored fields would decompress a block per hit)
 * their sentence boundaries ({@link SentenceBreaks}) and where their words are ({@link TokenOffsets});
 * passages are scored without garbage ({@link InPlacePassageScorer}). Thread safe after construction.
 */
final class Snippets {
  private final String field;
  private final String[] texts;
  private final UnifiedHighlighter highlighter;

  /**
   * @param searcher over one segment, so that a document's number in its segment is its number
   * @param field the field highlighted: indexed with offsets, never searched
   * @param searched the fields a query names whose words are marked in {@code field}
   * @param texts {@code field}'s text, by document number
   * @param maxLength the longest text
   */
  Snippets(IndexSearcher searcher, Analyzer analyzer, String field, Set<String> searched, String[] texts,
      int maxLength) {
    if (searcher.getIndexReader().leaves().size() > 1) {
      throw new IllegalArgumentException("one segment expected: " + searcher.getIndexReader().leaves().size());
    }
    this.field = field;
    this.texts = texts;
    TokenOffsets offsets = new TokenOffsets(analyzer, field, texts);
    Map<String, int[]> sentences = new HashMap<>();
    for (String text : texts) {
      sentences.put(text, SentenceBreaks.of(text));
    }
    // escape = true: the passages come from web pages; only the <mark> tags are ours.
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(maxLength)
        .withFieldMatcher(searched::contains)
        // Term by term: weight matches only mark words in the field the query names, and cost more.
        .withWeightMatches(false)
        .withBreakIterator(() -> new SentenceBreaks(sentences))
        .withScorer(new InPlacePassageScorer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true));
    highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
          throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          CharSequence[] perField = new CharSequence[fields.length];
          Arrays.fill(perField, Snippets.this.texts[doc]);
          values.add(perField);
        }
        return values;
      }

      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        FieldOffsetStrategy postings = super.getOffsetStrategy(source, components);
        // Phrases need word positions, which the table does not keep: their few searches read postings.
        if (components.getPhraseHelper().hasPositionSensitivity()
            || components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
            || components.getAutomata().length > Long.SIZE) {
          return postings;
        }
        TokenOffsets.Words words = offsets.words(components.getTerms(), components.getAutomata());
        return new FieldOffsetStrategy(components) {
          @Override
          public OffsetSource getOffsetSource() {
            return postings.getOffsetSource();
          }

          @Override
          public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) {
            return words.in(doc);
          }
        };
      }
    };
  }

  /** One passage per hit of {@code top}, in its order, with {@code query}'s words in {@code <mark>}; null where none. */
  String[] mark(Query query, TopDocs top) {
    try {
      return highlighter.highlight(field, query, top, 1);
    } catch (IOException e) {
      // The index is in memory: this is not bad input but a broken invariant.
      throw new UncheckedIOException(e);
    }
  }
}
