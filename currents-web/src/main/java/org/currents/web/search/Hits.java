package org.currents.web.search;

import java.util.List;

/**
 * One window of search results.
 *
 * @param total how many events match in all, beyond this window too
 * @param hits the window, best first
 */
public record Hits(long total, List<Hit> hits) {
  public Hits {
    hits = List.copyOf(hits);
  }
}
