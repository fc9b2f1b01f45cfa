package org.currents.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page as fetched or read, before extraction. The body is raw bytes so that the extractor, not
 * the reader, decides the charset. Treat {@code body} as read-only: stages must not write into it.
 *
 * @param source the input as the user named it (a path, {@code -}, a URL)
 * @param url the page's URL when known (from the fetch or the file's metadata), else null
 * @param body the raw bytes, already decompressed
 * @param contentType the declared content type (with charset) when known, else null
 * @param fetchedAt when the page was fetched or read
 * @param origin the feed, sitemap, WARC record or URL it came from; extraction carries it over
 */
public record RawPage(
    String source,
    @Nullable String url,
    byte[] body,
    @Nullable String contentType,
    Instant fetchedAt,
    Origin origin)
    implements Ingested {
  public RawPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(origin, "origin");
  }

  /** A page read from a local input named {@code source}. */
  public RawPage(
      String source, @Nullable String url, byte[] body, @Nullable String contentType, Instant fetchedAt) {
    this(source, url, body, contentType, fetchedAt, Origin.file(source));
  }
}
