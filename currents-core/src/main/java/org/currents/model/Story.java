package org.currents.model;

import java.util.List;
import java.util.Objects;

/**
 * Events that continue one another: a longer thread of news.
 *
 * @param id stable id, derived from the story's first event
 * @param name what the story is about: its central entities
 * @param eventIds the events, earliest first (undated last)
 * @param entities the central entities' canonical names, heaviest first
 */
public record Story(String id, String name, List<String> eventIds, List<String> entities) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    eventIds = List.copyOf(eventIds);
    entities = List.copyOf(entities);
    if (eventIds.size() < 2) {
      throw new IllegalArgumentException("a story has at least two events: " + id);
    }
  }
}
