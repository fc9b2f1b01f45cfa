package org.currents.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
  /** Most hits one search returns. */
  public static final int MAX_HITS = 100;

  private static final String ID = "id", SUMMARY = "summary", TITLES = "titles", TEXT = "text",
      ENTITY = "entity", OUTLET = "outlet", DAY = "day";
  private static final Map<String, Float> WEIGHTS = Map.of(SUMMARY, 3f, TITLES, 2f, TEXT, 1f);

  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  public EventIndex(Portal portal) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (PortalEvent e : portal.events()) {
        writer.addDocument(document(e, portal.articles()));
      }
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      // escape = true: the passages come from web pages; only the <mark> tags are ours.
      highlighter = UnifiedHighlighter.builder(searcher, analyzer)
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
    for (String id : e.sourceArticleIds()) {
      Article a = articles.get(id);
      if (a != null) {
        if (a.title() != null) {
          doc.add(new TextField(TITLES, a.title(), Field.Store.NO));
        }
        // Stored for the highlighter's snippets.
        doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
        doc.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
      }
    }
    return doc;
  }

  /**
   * The events that best match {@code query}, best first (in portal order, newest day
   * first, when only filters are given); none for an empty query.
   */
  public List<Hit> search(SearchQuery query, int limit) {
    if (limit < 1 || limit > MAX_HITS) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_HITS + ": " + limit);
    }
    if (query.isEmpty()) {
      return List.of();
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
    return run(parsed.build(), limit);
  }

  private List<Hit> run(Query parsed, int limit) {
    try {
      TopDocs top = searcher.search(parsed, limit);
      String[] snippets = highlighter.highlight(TEXT, parsed, top, 1);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        hits.add(new Hit(searcher.storedFields().document(top.scoreDocs[i].doc).get(ID), snippets[i]));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
