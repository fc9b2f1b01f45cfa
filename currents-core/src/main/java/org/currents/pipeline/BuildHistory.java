package org.currents.pipeline;

import java.util.List;
import org.currents.model.EventMove;
import org.currents.model.Portal;
import org.currents.model.StoredEvent;
import org.currents.publish.PortalPaths;
import org.currents.store.EventStore;

/**
 * Keeps a build's events in the event store: replaces the last build's events with these, records
 * what moved since (see {@link EventHistory}), and gives the portal with a redirect at every old
 * page, so that links to earlier builds keep resolving. Every way of building (the single machine,
 * Spark) publishes through it.
 */
public final class BuildHistory {
  /** The portal to publish, redirects included, and the moves this build added. */
  public record Recorded(Portal portal, List<EventMove> moves) {}

  private BuildHistory() {}

  /** Records {@code portal}'s events in {@code events} (in one replace) and returns what to publish. */
  public static Recorded record(EventStore events, Portal portal) {
    PortalPaths paths = new PortalPaths(portal);
    List<StoredEvent> now =
        portal.events().stream()
            .map(e -> new StoredEvent(e.event().id(), paths.event(e.event().id()), e.sourceArticleIds()))
            .toList();
    List<EventMove> moves = EventHistory.moves(events.events(), now);
    events.replace(now, moves);
    return new Recorded(portal.withRedirects(EventHistory.redirects(events.moves(), now)), moves);
  }

  /** How a move is told to the user: {@code event OLD merged -> NEW}. */
  public static String line(EventMove move) {
    return "event " + move.oldId() + " " + move.kind().id() + " -> " + move.newId();
  }
}
