package org.currents.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a publisher needs: the events in portal order (newest day first, undated last), the
 * articles they cite by id, the entities with the articles that mention them, which articles are
 * syndicated copies of which original ({@code copyOf}: copy id to original id), the stories that
 * thread events together, and the old event pages that now point to current ones ({@code
 * redirects}: old path to current path).
 */
public record Portal(
    List<PortalEvent> events,
    Map<String, Article> articles,
    List<Entity> entities,
    Map<String, String> copyOf,
    List<Story> stories,
    Map<String, String> redirects) {
  public Portal {
    Objects.requireNonNull(events, "events");
    events = List.copyOf(events);
    articles = Map.copyOf(articles);
    entities = List.copyOf(entities);
    copyOf = Map.copyOf(copyOf);
    stories = List.copyOf(stories);
    redirects = Map.copyOf(redirects);
  }

  /** This portal with old event pages ({@code redirects}: old path to current path) kept resolving. */
  public Portal withRedirects(Map<String, String> oldToNewPath) {
    return new Portal(events, articles, entities, copyOf, stories, oldToNewPath);
  }

  /** Event id to the story it belongs to; computed on each call, so callers keep the map. */
  public Map<String, Story> storiesByEvent() {
    Map<String, Story> byEvent = new HashMap<>();
    for (Story story : stories) {
      story.eventIds().forEach(id -> byEvent.putIfAbsent(id, story));
    }
    return byEvent;
  }
}
