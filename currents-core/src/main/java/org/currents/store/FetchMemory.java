package org.currents.store;

import org.jspecify.annotations.Nullable;

/**
 * What the fetcher remembers between runs: the validators of each fetched URL (for conditional
 * GET) and whether a page's URL is already stored (so a feed's old entries are not fetched again).
 * Implementations are thread safe.
 */
public interface FetchMemory {

  /** A URL's validators, as its server last sent them; either may be null. */
  record Validators(@Nullable String etag, @Nullable String lastModified) {}

  /** The validators remembered for {@code url}, or null when none are. */
  @Nullable Validators validators(String url);

  /** Remembers {@code validators} for {@code url}. */
  void remember(String url, Validators validators);

  /** True when an article fetched from, or canonically at, {@code url} is stored. */
  boolean isStored(String url);

  /** Remembers nothing and knows no URL: for one-off reads. */
  static FetchMemory none() {
    return new FetchMemory() {
      @Override
      public @Nullable Validators validators(String url) {
        return null;
      }

      @Override
      public void remember(String url, Validators validators) {}

      @Override
      public boolean isStored(String url) {
        return false;
      }
    };
  }
}
