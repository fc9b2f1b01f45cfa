package org.currents.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a publisher needs: the events in portal order (newest day first, undated last), the
 * articles they cite by id, the entities with the articles that mention them, and which articles
 * are syndicated copies of which original ({@code copyOf}: copy id to original id).
 */
public record Portal(
    List<PortalEvent> events,
    Map<String, Article> articles,
    List<Entity> entities,
    Map<String, String> copyOf) {
  public Portal {
    Objects.requireNonNull(events, "events");
    events = List.copyOf(events);
    articles = Map.copyOf(articles);
    entities = List.copyOf(entities);
    copyOf = Map.copyOf(copyOf);
  }

  /** A portal in which no article is a copy of another. */
  public Portal(List<PortalEvent> events, Map<String, Article> articles, List<Entity> entities) {
    this(events, articles, entities, Map.of());
  }
}
