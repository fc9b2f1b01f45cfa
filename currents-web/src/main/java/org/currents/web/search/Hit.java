package org.currents.web.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param eventId the event found
 * @param snippetHtml a passage of its articles with the matched words in {@code <mark>}: already
 *     HTML-escaped, safe to place in a page as is; null when no passage matched (e.g. filters only)
 */
public record Hit(String eventId, @Nullable String snippetHtml) {
  public Hit {
    Objects.requireNonNull(eventId, "eventId");
  }
}
