package org.currents.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered pages kept for the rest of the current minute, so a busy page (home, an event, a popular
 * search) is rendered once a minute instead of once a request; {@code T} is what is kept (the
 * server keeps the page's bytes with their ETag, so a hit hashes and encodes nothing). A minute because pages show
 * relative times ("5 minutes ago"); the portal itself only changes on a rebuild, which drops the
 * whole cache with its portal. At most {@link #MAX_ENTRIES} are kept; past that it starts over.
 * Thread safe; two requests may race to render the same key, and both get a correct page.
 */
final class RenderCache<T> {
  static final int MAX_ENTRIES = 1_000;

  private final Clock clock;
  private final Map<String, T> rendered = new ConcurrentHashMap<>();
  private volatile long minute = -1;

  RenderCache(Clock clock) {
    this.clock = clock;
  }

  T get(String key, Supplier<T> render) {
    long now = clock.millis() / 60_000;
    if (now != minute || rendered.size() >= MAX_ENTRIES) {
      rendered.clear();
      minute = now;
    }
    // The minute is part of the key, so an entry put by a request that began last minute is never served.
    return rendered.computeIfAbsent(now + " " + key, k -> render.get());
  }
}
