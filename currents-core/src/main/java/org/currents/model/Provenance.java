package org.currents.model;

import java.io.Serializable;
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
 * @param origin the kind of source, the feed, sitemap or WARC file, record id and HTTP status
 */
public record Provenance(
    String source,
    @Nullable String fetchedUrl,
    Instant fetchedAt,
    String contentHash,
    Origin origin) implements Serializable {
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(origin, "origin");
  }

  /** Provenance of a local input: its origin is the file named {@code source}. */
  public Provenance(
      String source, @Nullable String fetchedUrl, Instant fetchedAt, String contentHash) {
    this(source, fetchedUrl, fetchedAt, contentHash, Origin.file(source));
  }

  /** The same provenance with {@code origin} in place of this one's. */
  public Provenance withOrigin(Origin origin) {
    return new Provenance(source, fetchedUrl, fetchedAt, contentHash, origin);
  }
}
