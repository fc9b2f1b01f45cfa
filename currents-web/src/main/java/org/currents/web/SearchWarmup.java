package org.currents.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.web.api.ApiJson;
import org.currents.web.html.Pages;
import org.currents.web.search.EventSearch;
import org.currents.web.search.Hits;
import org.currents.web.search.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches a new portal before it serves, as Solr's warming queries do for a new searcher: the
 * first thousands of searches in a fresh JVM run the highlighter, the page and the JSON mostly
 * interpreted, each costing ten to thirty times a compiled one (measured at 100k articles), and a
 * burst of readers would queue behind that. The queries are the portal's own words (from its event
 * summaries, alone and in pairs), searched on the index itself, never through the hits cache, so
 * the cache starts empty and no answer is kept. Nothing is written; the output is thrown away.
 */
final class SearchWarmup {
  private static final Logger LOG = LoggerFactory.getLogger(SearchWarmup.class);
  private static final int MIN_WORD = 4;

  private SearchWarmup() {}

  /**
   * Runs {@code searches} searches (each rendered as the search page and as API JSON) over
   * {@code index}; returns how many ran (0 when the portal has no words to search).
   */
  static int run(Portal portal, EventSearch index, Pages pages, ApiJson api, int searches) {
    List<String> queries = queries(portal);
    if (queries.isEmpty()) {
      return 0;
    }
    long start = System.nanoTime();
    ApiJson.Window window = new ApiJson.Window(0, Pages.PAGE_OF_HITS, "/api/v1/search?q=");
    for (int i = 0; i < searches; i++) {
      SearchQuery q = SearchQuery.of(queries.get(i % queries.size()));
      Hits hits = index.search(q, 0, Pages.PAGE_OF_HITS);
      new Body(pages.search(q, hits, 1));
      Body.of(api.search(q, hits, window));
    }
    if (searches > 0) {
      LOG.info("search warmed with {} searches of {} distinct queries in {} ms", searches, queries.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return searches;
  }

  /** Each summary's words, then each pair of neighbouring words, in portal order. */
  static List<String> queries(Portal portal) {
    Set<String> singles = new LinkedHashSet<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (PortalEvent e : portal.events()) {
      String previous = null;
      for (String w : e.summary().sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() >= MIN_WORD) {
          singles.add(w);
          if (previous != null) {
            pairs.add(previous + " " + w);
          }
          previous = w;
        }
      }
    }
    List<String> queries = new ArrayList<>(singles);
    queries.addAll(pairs);
    return queries;
  }
}
