package org.currents.web.search;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader searched for: words (Lucene's simple syntax) and optional filters. An event passes
 * the date filter when its day is within {@code from..to} (inclusive); undated events never do.
 *
 * @param text the words; may be blank when a filter is given
 * @param from first day, or null for no lower bound
 * @param to last day, or null for no upper bound
 * @param entity an entity's canonical name the event must be about, or null
 * @param outlet an outlet that must be among the event's sources, or null
 */
public record SearchQuery(
    String text,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String entity,
    @Nullable String outlet) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    entity = entity == null || entity.isBlank() ? null : entity;
    outlet = outlet == null || outlet.isBlank() ? null : outlet;
  }

  /** Words only, no filter. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null);
  }

  /** Whether there is nothing to search for. */
  public boolean isEmpty() {
    return text.isBlank() && from == null && to == null && entity == null && outlet == null;
  }
}
