package org.currents.model;

import java.util.List;
import java.util.Objects;

/**
 * An event as the portal shows it: the clustered event, its summary, its source articles (members
 * first, then syndicated copies, each id once) and the related events.
 */
public record PortalEvent(
    Event event, Summary summary, List<String> sourceArticleIds, List<EventLink> related) {
  public PortalEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(summary, "summary");
    sourceArticleIds = List.copyOf(sourceArticleIds);
    related = List.copyOf(related);
  }
}
