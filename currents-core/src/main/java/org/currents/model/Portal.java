package org.currents.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a publisher needs: the events in portal order (newest day first, undated last), the
 * articles they cite by id, the entities with the articles that mention them, and the stories that
 * thread events together.
 */
public record Portal(
    List<PortalEvent> events, Map<String, Article> articles, List<Entity> entities, List<Story> stories) {
  public Portal {
    Objects.requireNonNull(events, "events");
    events = List.copyOf(events);
    articles = Map.copyOf(articles);
    entities = List.copyOf(entities);
    stories = List.copyOf(stories);
  }

  /** The story an event belongs to, if any. */
  public Optional<Story> storyOf(String eventId) {
    return stories.stream().filter(s -> s.eventIds().contains(eventId)).findFirst();
  }
}
