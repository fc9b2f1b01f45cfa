package org.currents.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The table must give the highlighter exactly what Lucene's postings give it, on the sample's real articles. */
class TokenOffsetsTest {
  private static final String FIELD = "text";

  @Test
  void itFindsWhatThePostingsFindInTheSameOrderWithTheSameFrequencies() throws IOException {
    List<String> texts = sampleTexts();
    Analyzer analyzer = new StandardAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new Field(FIELD, text, withOffsets));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      LeafReader leaf = reader.leaves().get(0).reader();
      TokenOffsets table = new TokenOffsets(analyzer, FIELD, texts.toArray(String[]::new));
      int compared = 0;
      for (String q : List.of("tsunami", "bush tax", "donations", "president* law", "tax* tax",
          "vote* v* senate", "nothingmatchesthis", "U.S. House")) {
        Query query = new SimpleQueryParser(analyzer, FIELD).parse(q);
        UHComponents components = components(searcher, analyzer, query);
        TokenOffsets.Words words = table.words(components.getTerms(), components.getAutomata());
        for (ScoreDoc hit : searcher.search(query, 50).scoreDocs) {
          OffsetsEnum lucenes = new PostingsOffsetStrategy(components).getOffsetsEnum(leaf, hit.doc, texts.get(hit.doc));
          OffsetsEnum ours = words.in(hit.doc);
          compared += assertSame(q + " in " + hit.doc, lucenes, ours);
        }
      }
      assertTrue(compared > 100, "occurrences compared: " + compared);
    }
  }

  private static int assertSame(String what, OffsetsEnum expected, OffsetsEnum actual) throws IOException {
    int count = 0;
    while (expected.nextPosition()) {
      assertTrue(actual.nextPosition(), what + ": ends early after " + count);
      String at = what + " #" + count;
      assertEquals(expected.startOffset(), actual.startOffset(), at);
      assertEquals(expected.endOffset(), actual.endOffset(), at);
      assertEquals(expected.getTerm().utf8ToString(), actual.getTerm().utf8ToString(), at);
      assertEquals(expected.freq(), actual.freq(), at);
      count++;
    }
    assertFalse(actual.nextPosition(), what + ": goes on after " + count);
    return count;
  }

  /** What Lucene's highlighter makes of {@code query} for the field, caught as it makes its offset strategy. */
  private static UHComponents components(IndexSearcher searcher, Analyzer analyzer, Query query) throws IOException {
    List<UHComponents> caught = new ArrayList<>();
    // Term by term, as Snippets highlights: weight matches report every frequency as 1.
    UnifiedHighlighter highlighter = new UnifiedHighlighter(
        UnifiedHighlighter.builder(searcher, analyzer).withWeightMatches(false)) {
      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        caught.add(components);
        return super.getOffsetStrategy(source, components);
      }
    };
    TopDocs top = searcher.search(query, 1);
    highlighter.highlight(FIELD, query, top, 1);
    return caught.get(0);
  }

  /** The sample's Wikinews articles, each cut as a snippet source is. */
  private static List<String> sampleTexts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("../samples/wikinews.jsonl"))) {
      String text = json.readTree(line).get("text").asText();
      texts.add(text.substring(0, Math.min(text.length(), 2_000)));
    }
    return texts;
  }
}
