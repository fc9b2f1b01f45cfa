package org.currents.web.search;

/**
 * Finds a portal's events for what a reader searched. Implementations are thread safe.
 */
public interface EventSearch {
  /**
   * The events ranked {@code offset} to {@code offset + limit - 1} among those that best match
   * {@code query}, best first (in portal order, newest day first, when only filters are given);
   * none for an empty query. {@code offset + limit} is at most {@link EventIndex#MAX_RANK}.
   */
  Hits search(SearchQuery query, int offset, int limit);
}
