package org.currents.web.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Another search's hits, kept for queries already searched: a portal never changes (a rebuild
 * makes a new one, with a new cache), so the same query with the same window always has the same
 * hits, and readers repeat the popular ones. At most {@code capacity} windows are kept, in two
 * generations of half as many: new hits go to the young one, and when it is full the old one is
 * dropped whole and the young one becomes old; a hit found in the old one moves back to the young
 * one, so queries asked again stay. Thread safe without a lock; two requests may race to search the
 * same query, and both get the same hits.
 *
 * <p>Design decision: no least-recently-used order, and no dropping of single entries. An LRU
 * needs one lock that every search passes through, and with 50 request threads on 2 busy cores
 * that lock convoyed: JFR measured 91 s of threads blocked on it during one 26 s load test. The
 * next version dropped whatever a map iterator met first, and each new iterator had to walk past
 * the bins the previous ones had emptied: JFR showed that walk as 6% of a search under load.
 * Swapping whole maps costs nothing per search. Hits are cached, not pages, so the search page and
 * the API share them and a page still shows relative times as of the request.
 */
public final class CachedEventSearch implements EventSearch {
  private record Key(SearchQuery query, int offset, int limit) {}

  /** The two generations, swapped together so that a reader always sees a matching pair. */
  private record Generations(Map<Key, Hits> young, Map<Key, Hits> old) {}

  private final EventSearch search;
  private final int capacity;
  private final int generationSize;
  private final AtomicReference<Generations> kept =
      new AtomicReference<>(new Generations(new ConcurrentHashMap<>(), Map.of()));

  public CachedEventSearch(EventSearch search, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.search = search;
    this.capacity = capacity;
    this.generationSize = Math.max(1, capacity / 2);
  }

  @Override
  public Hits search(SearchQuery query, int offset, int limit) {
    Key key = new Key(query, offset, limit);
    Generations g = kept.get();
    Hits hits = g.young().get(key);
    if (hits == null) {
      hits = g.old().get(key);
      if (hits == null) {
        hits = search.search(query, offset, limit);
      }
      keep(g, key, hits);
    }
    return hits;
  }

  private void keep(Generations g, Key key, Hits hits) {
    g.young().put(key, hits);
    if (g.young().size() >= generationSize) {
      // Only one of the threads that filled it swaps; the others' entries go with the young map.
      kept.compareAndSet(g, new Generations(new ConcurrentHashMap<>(), g.young()));
    }
  }

  /** A cache of the same capacity over the same search, holding nothing yet. */
  public CachedEventSearch emptied() {
    return new CachedEventSearch(search, capacity);
  }

  /** How many windows are kept now (for tests). */
  int size() {
    Generations g = kept.get();
    return g.young().size() + g.old().size();
  }
}
