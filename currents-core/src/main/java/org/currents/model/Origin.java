package org.currents.model;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a page or article came from, beyond the input the user named: the kind of source, the
 * source itself, the record inside it and the HTTP status it was served with.
 *
 * @param kind {@code file}, {@code url}, {@code feed}, {@code sitemap} or {@code warc}
 * @param location the file path or URL of the source (the feed, sitemap or WARC file itself)
 * @param record the record inside the source (WARC record id, feed entry id), else null
 * @param httpStatus the HTTP status the page was served with, when fetched or archived, else null
 */
public record Origin(
    String kind, String location, @Nullable String record, @Nullable Integer httpStatus) implements Serializable {
  public Origin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
  }

  /** A local file (or stdin, or a JSON Lines row) named by the user. */
  public static Origin file(String location) {
    return new Origin("file", location, null, null);
  }
}
