package org.currents.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
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
public final class EventIndex {
  /** The deepest rank a search reaches: pages past it are not served, as on most search engines. */
  public static final int MAX_RANK = 1_000;

  private static final String ID = "id", SUMMARY = "summary", TITLES = "titles", TEXT = "text",
      ENTITY = "entity", OUTLET = "outlet", DAY = "day";
  /**
   * How much of an event's article texts (from its first source on) the highlighter may pick a
   * snippet from: it re-analyses this text for every hit, which is most of a search's cost.
   */
  private static final int SNIPPET_SOURCE_CHARS = 2_000;

  private static final Map<String, Float> WEIGHTS = Map.of(SUMMARY, 3f, TITLES, 2f, TEXT, 1f);

  private static final Set<String> ID_ONLY = Set.of(ID);

  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  public EventIndex(Portal portal) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (PortalEvent e : portal.events()) {
        writer.addDocument(document(e, portal.articles()));
      }
      // The index is read-only from here: one segment means one term lookup per term and field,
      // where the dozens of segments a big portal flushes cost a lookup each on every search.
      writer.forceMerge(1);
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      // escape = true: the passages come from web pages; only the <mark> tags are ours.
      highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(SNIPPET_SOURCE_CHARS)
          // Term by term: weight matches would build an in-memory index of every hit's text, which
          // profiling showed to be most of a search's cost.
          .withWeightMatches(false)
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .build();
    } catch (IOException e) {
      // A memory directory does no I/O: this is not bad input but a broken invariant.
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(PortalEvent e, Map<String, Article> articles) {
    Document doc = new Document();
    doc.add(new StringField(ID, e.event().id(), Field.Store.YES));
    doc.add(new TextField(SUMMARY, e.summary().sentence() + "\n" + e.summary().lead(), Field.Store.NO));
    if (e.event().date() != null) {
      doc.add(new LongPoint(DAY, e.event().date().toEpochDay()));
    }
    e.event().entities().forEach(w -> doc.add(new StringField(ENTITY, w.canonicalName(), Field.Store.NO)));
    StringBuilder snippetSource = new StringBuilder();
    for (String id : e.sourceArticleIds()) {
      Article a = articles.get(id);
      if (a != null) {
        if (a.title() != null) {
          doc.add(new TextField(TITLES, a.title(), Field.Store.NO));
        }
        doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
        doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
        if (snippetSource.length() < SNIPPET_SOURCE_CHARS) {
          snippetSource.append(a.text()).append("\n\n");
        }
      }
    }
    // Only the start of the texts is stored for the highlighter: a big event's thousand articles
    // would otherwise be loaded and analysed for every hit.
    doc.add(new StoredField(TEXT, snippetSource.substring(0, Math.min(snippetSource.length(), SNIPPET_SOURCE_CHARS))));
    return doc;
  }

  /**
   * The events ranked {@code offset} to {@code offset + limit - 1} among those that best match
   * {@code query}, best first (in portal order, newest day first, when only filters are given);
   * none for an empty query. Only the returned hits are highlighted.
   */
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
      TopDocs top = searcher.search(parsed, offset + limit);
      ScoreDoc[] window = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
      String[] snippets = highlighter.highlight(TEXT, parsed, new TopDocs(top.totalHits, window), 1);
      List<Hit> hits = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < window.length; i++) {
        hits.add(new Hit(stored.document(window[i].doc, ID_ONLY).get(ID), snippets[i]));
      }
      // Lucene stops counting past a threshold; count exactly only then.
      long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(parsed);
      return new Hits(total, hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
