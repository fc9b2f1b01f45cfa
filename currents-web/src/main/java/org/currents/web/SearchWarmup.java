package org.currents.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches a new server's portal through the server before it is announced, as Solr's
 * warming queries do for a new searcher: the first thousands of searches in a fresh JVM run the
 * highlighter, the page, the JSON and the HTTP stack mostly interpreted, each costing ten to thirty
 * times a compiled one (measured at 100k articles), and a burst of readers would queue behind that.
 * Through Jetty, because the HTTP stack needs compiling as much as the search: 40,000 searches
 * run on the index and pages directly still left the first 8 s of 50 connections at 100k articles
 * at 2,475 r/s and p99 106 ms; 12,500 requests through the server left them at 3,426 r/s and p99
 * 58 ms, 25,000 at 4,639 r/s and 43 ms (against 1,461 r/s and 204 ms with no warm-up). The queries are the portal's own words (its event summaries' words, alone and
 * in pairs), as search pages and API searches in turn, with one of the portal's pages after every
 * fourth. The output is thrown away; the caller empties the caches it filled.
 */
final class SearchWarmup {
  private static final Logger LOG = LoggerFactory.getLogger(SearchWarmup.class);
  private static final int MIN_WORD = 4;
  /** Searches between two page requests. */
  private static final int SEARCHES_PER_PAGE = 4;
  private static final long REQUEST_TIMEOUT_SECONDS = 30;
  private static final int PAGED_EVENTS = 20;

  private SearchWarmup() {}

  /**
   * Requests {@code paths} from {@code server} one after another through an in-memory connector,
   * which runs each through the whole of Jetty (parsing, handlers, response) without a socket;
   * returns how many answered 200. One at a time so the JIT's compiler keeps the other core. A
   * request that fails is logged, not thrown: a slow first reader is better than no server.
   */
  static int run(Server server, List<String> paths) {
    if (paths.isEmpty()) {
      return 0;
    }
    long start = System.nanoTime();
    HttpConfiguration http = server.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class)
        .getHttpConfiguration();
    LocalConnector local = new LocalConnector(server, new HttpConnectionFactory(http));
    server.addConnector(local);
    int answered = 0;
    try {
      local.start();
      for (int i = 0; i < paths.size() && !Thread.currentThread().isInterrupted(); i++) {
        answered += get(local, paths.get(i)) ? 1 : 0;
      }
      local.stop();
    } catch (Exception e) {
      // Starting and stopping an in-memory connector does no I/O: this is a broken invariant.
      throw new IllegalStateException("warm-up connector failed", e);
    } finally {
      server.removeConnector(local);
    }
    LOG.info("warmed with {} requests ({} answered 200) in {} ms", paths.size(), answered,
        (System.nanoTime() - start) / 1_000_000);
    return answered;
  }

  private static boolean get(LocalConnector local, String path) {
    try {
      String response = local.getResponse("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      boolean ok = response != null && response.startsWith("HTTP/1.1 200 ");
      if (!ok) {
        LOG.warn("warm-up request {} answered {}", path,
            response == null ? "nothing" : response.substring(0, Math.max(0, response.indexOf('\r'))));
      }
      return ok;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.warn("warm-up request {} failed: {}", path, e.toString());
      return false;
    }
  }

  /**
   * {@code searches} searches of {@code site}'s words, search pages and API searches in turn, with
   * one of its pages (home, an event, its day, an entity) after every {@value #SEARCHES_PER_PAGE}:
   * none when the portal has no words to search.
   */
  static List<String> paths(PortalSite site, int searches) {
    List<String> queries = queries(site.portal());
    List<String> pages = pages(site);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < searches && !queries.isEmpty(); i++) {
      String q = URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8);
      paths.add((i % 2 == 0 ? "/search?q=" : "/api/v1/search?q=") + q);
      if (i % SEARCHES_PER_PAGE == SEARCHES_PER_PAGE - 1) {
        paths.add(pages.get((i / SEARCHES_PER_PAGE) % pages.size()));
      }
    }
    return paths;
  }

  /**
   * Home and the API's events, then for each of the {@value #PAGED_EVENTS} latest events its page,
   * its day and its first entity: a few pages asked again and again, as readers do, since each
   * page first rendered costs far more than a search (an entity's timeline, a busy day).
   */
  private static List<String> pages(PortalSite site) {
    Set<String> pages = new LinkedHashSet<>(List.of("/", "/api/v1/events"));
    for (PortalEvent e : site.latest().subList(0, Math.min(PAGED_EVENTS, site.latest().size()))) {
      pages.add(site.eventPath(e.event().id()));
      pages.add(PortalSite.dayPath(e.event().date()));
      if (!e.event().entities().isEmpty()) {
        String entity = site.entityPath(e.event().entities().get(0).canonicalName());
        if (entity != null) {
          pages.add(entity);
        }
      }
    }
    return new ArrayList<>(pages);
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
