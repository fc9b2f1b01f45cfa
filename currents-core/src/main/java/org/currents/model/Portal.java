package org.currents.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a publisher needs: the events in portal order (newest day first, undated last), the
 * articles they cite by id, and the entities with the articles that mention them.
 */
public record Portal(List<PortalEvent> events, Map<String, Article> articles, List<Entity> entities) {
  public Portal {
    Objects.requireNonNull(events, "events");
    events = List.copyOf(events);
    articles = Map.copyOf(articles);
    entities = List.copyOf(entities);
  }
}
