package org.currents.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A happening covered by one or more articles.
 *
 * @param id stable id, derived from the event's first article, so it survives reprocessing
 * @param date the day it happened or was first reported; null when no article has a date
 * @param articleIds member articles, earliest first
 * @param entities the entities it is about, heaviest first
 */
public record Event(
    String id, @Nullable LocalDate date, List<String> articleIds, List<WeightedEntity> entities) implements Serializable {
  public Event {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
    entities = List.copyOf(entities);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no articles");
    }
  }
}
