package org.currents.web.search;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another search's hits, kept for queries already searched: a portal never changes (a rebuild
 * makes a new one, with a new cache), so the same query with the same window always has the same
 * hits, and readers repeat the popular ones. At most {@code capacity} windows are kept; when full,
 * some are dropped (whichever the map yields first) to make room. Thread safe without a lock; two
 * requests may race to search the same query, and both get the same hits.
 *
 * <p>Design decision: no least-recently-used order. It needs one lock that every search passes
 * through, and with 50 request threads on 2 busy cores that lock convoyed: JFR measured 91 s of
 * threads blocked on it during one 26 s load test. Hits are cached, not pages, so the search page
 * and the API share them and a page still shows relative times as of the request.
 */
public final class CachedEventSearch implements EventSearch {
  private record Key(SearchQuery query, int offset, int limit) {}

  private final EventSearch search;
  private final int capacity;
  private final Map<Key, Hits> searched = new ConcurrentHashMap<>();

  public CachedEventSearch(EventSearch search, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.search = search;
    this.capacity = capacity;
  }

  @Override
  public Hits search(SearchQuery query, int offset, int limit) {
    Key key = new Key(query, offset, limit);
    Hits hits = searched.get(key);
    if (hits == null) {
      hits = search.search(query, offset, limit);
      makeRoom();
      searched.put(key, hits);
    }
    return hits;
  }

  /** Drops entries until one more fits; racing threads may each drop one, never too few. */
  private void makeRoom() {
    Iterator<Key> keys = searched.keySet().iterator();
    while (searched.size() >= capacity && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  /** How many windows are kept now (for tests). */
  int size() {
    return searched.size();
  }
}
