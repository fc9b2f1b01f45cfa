package org.currents.ingest.fetch;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fetched response with a 2xx status. Treat {@code body} as read-only.
 *
 * @param requestedUrl the URL asked for
 * @param url the URL the body came from, after redirects
 * @param status the HTTP status
 * @param contentType the Content-Type header, when sent
 * @param body the body, decompressed
 * @param fetchedAt when the response arrived
 */
public record Fetched(
    String requestedUrl,
    String url,
    int status,
    @Nullable String contentType,
    byte[] body,
    Instant fetchedAt) {
  public Fetched {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
