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
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.currents.model.Article;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;

/**
 * Full-text search over a portal's events with Lucene, in memory: one document per event holding
 * its summary, its lead, and the titles and texts of its source articles, the summary weighing
 * most. Built once per portal, so it is always in step with what the pages show. Queries use
 * Lucene's simple syntax ({@code "a phrase"}, {@code -not}, {@code pre*}), which never fails on
 * what a reader types. Thread safe after construction.
 */
public final class EventIndex implements EventSearch {
  /** The deepest rank a search reaches: pages past it are not served, as on most search engines. */
  public static final int MAX_RANK = 1_000;

  private static final String ID = "id", SUMMARY = "summary", TITLES = "titles", TEXT = "text",
      SNIPPET = "snippet", ENTITY = "entity", OUTLET = "outlet", DAY = "day";
  /** How much of an event's article texts (from its first source on) a snippet is picked from. */
  private static final int SNIPPET_SOURCE_CHARS = 2_000;

  /**
   * The snippet field: indexed with each word's positions and character offsets, which the
   * highlighter reads for phrases; other queries find their words in a table of each text's words
   * built once per portal ({@link TokenOffsets}). Neither re-analyses the text of every hit, which
   * profiling showed to be most of a search's cost. It is never searched: the searched fields keep
   * no offsets, so the index stays small.
   */
  private static final FieldType SNIPPET_TYPE = snippetType();

  private static final Map<String, Float> WEIGHTS = Map.of(SUMMARY, 3f, TITLES, 2f, TEXT, 1f);

  private static final Set<String> ID_ONLY = Set.of(ID);
  private static final Set<String> SEARCHED = Set.of(SUMMARY, TITLES, TEXT, SNIPPET);

  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexSearcher searcher;
  /** Each document's event id, by document number: read once, never per hit. */
  private final String[] ids;
  private final Snippets snippets;

  public EventIndex(Portal portal) {
    // Each file in one buffer: by default a file is a list of small buffers, and every postings
    // list opened (per term, and per term and hit to highlight) duplicated the whole list, which
    // JFR showed to be the largest cost of a search at 100k articles. A file must stay under 2 GB.
    ByteBuffersDirectory dir = new ByteBuffersDirectory(
        new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    Map<String, String> snippetsById = new HashMap<>();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (PortalEvent e : portal.events()) {
        String snippet = snippetSource(e, portal.articles());
        snippetsById.put(e.event().id(), snippet);
        writer.addDocument(document(e, portal.articles(), snippet));
      }
      // The index is read-only from here: one segment means one term lookup per term and field,
      // where the dozens of segments a big portal flushes cost a lookup each on every search.
      writer.forceMerge(1);
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      int count = searcher.getIndexReader().maxDoc();
      ids = new String[count];
      String[] texts = new String[count];
      StoredFields stored = searcher.storedFields();
      for (int doc = 0; doc < count; doc++) {
        ids[doc] = stored.document(doc, ID_ONLY).get(ID);
        texts[doc] = snippetsById.get(ids[doc]);
      }
      snippets = new Snippets(searcher, analyzer, SNIPPET, SEARCHED, texts, SNIPPET_SOURCE_CHARS);
    } catch (IOException e) {
      // A memory directory does no I/O: this is not bad input but a broken invariant.
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(PortalEvent e, Map<String, Article> articles, String snippet) {
    Document doc = new Document();
    doc.add(new StringField(ID, e.event().id(), Field.Store.YES));
    doc.add(new TextField(SUMMARY, e.summary().sentence() + "\n" + e.summary().lead(), Field.Store.NO));
    if (e.event().date() != null) {
      doc.add(new LongPoint(DAY, e.event().date().toEpochDay()));
    }
    e.event().entities().forEach(w -> doc.add(new StringField(ENTITY, w.canonicalName(), Field.Store.NO)));
    for (String id : e.sourceArticleIds()) {
      Article a = articles.get(id);
      if (a != null) {
        if (a.title() != null) {
          doc.add(new TextField(TITLES, a.title(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
        doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
      }
    }
    doc.add(new Field(SNIPPET, snippet, SNIPPET_TYPE));
    return doc;
  }

  /**
   * The start of an event's article texts, from its first source on, that its snippet is picked
   * from: a big event's thousand articles would otherwise be kept and scanned for every hit.
   */
  private static String snippetSource(PortalEvent e, Map<String, Article> articles) {
    StringBuilder source = new StringBuilder();
    for (String id : e.sourceArticleIds()) {
      Article a = articles.get(id);
      if (a != null && source.length() < SNIPPET_SOURCE_CHARS) {
        source.append(a.text()).append("\n\n");
      }
    }
    return source.substring(0, Math.min(source.length(), SNIPPET_SOURCE_CHARS));
  }

  private static FieldType snippetType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /** Only the returned hits are highlighted. */
  @Override
  public Hits search(SearchQuery query, int offset, int limit) {
    if (offset < 0 || limit < 1 || offset + limit > MAX_RANK) {
      throw new IllegalArgumentException(
          "offset must be >= 0, limit >= 1 and offset + limit at most " + MAX_RANK + ": " + offset + ", " + limit);
    }
    if (query.isEmpty()) {
      return new Hits(0, List.of());
    }
    BooleanQuery.Builder parsed = new BooleanQuery.Builder();
    parsed.add(
        query.text().isBlank()
            ? new MatchAllDocsQuery()
            : new SimpleQueryParser(analyzer, WEIGHTS).parse(query.text()),
        BooleanClause.Occur.MUST);
    if (query.from() != null || query.to() != null) {
      long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
      long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
      parsed.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (query.entity() != null) {
      parsed.add(new TermQuery(new Term(ENTITY, query.entity())), BooleanClause.Occur.FILTER);
    }
    if (query.outlet() != null) {
      parsed.add(new TermQuery(new Term(OUTLET, query.outlet())), BooleanClause.Occur.FILTER);
    }
    return run(parsed.build(), offset, limit);
  }

  private Hits run(Query parsed, int offset, int limit) {
    try {
      // Every hit counted in the one pass: the total is shown, and a second pass to count cost more.
      TopDocs top = searcher.search(parsed, new TopScoreDocCollectorManager(offset + limit, null, Integer.MAX_VALUE));
      ScoreDoc[] window = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
      String[] marked = snippets.mark(parsed, new TopDocs(top.totalHits, window));
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < window.length; i++) {
        hits.add(new Hit(ids[window[i].doc], marked[i]));
      }
      return new Hits(top.totalHits.value, hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
