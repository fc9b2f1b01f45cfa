package org.currents.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an article came from.
 *
 * @param source the input as the user named it (file path, {@code -}, a JSON Lines file and line)
 * @param fetchedUrl the URL the bytes were fetched from, when fetched, else null
 * @param fetchedAt when the input was read or fetched
 * @param contentHash SHA-256 (hex) of the article text, for exact-duplicate detection
 */
public record Provenance(
    String source, @Nullable String fetchedUrl, Instant fetchedAt, String contentHash) {
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
