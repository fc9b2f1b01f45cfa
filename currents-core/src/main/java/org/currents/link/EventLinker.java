package org.currents.link;

import java.util.List;
import java.util.Map;
import org.currents.model.Event;
import org.currents.model.EventLink;

/**
 * Relates events through the entities they share. Deterministic and symmetric: if A lists B, B's
 * score for A is the same.
 */
public interface EventLinker {
  /** Event id to its related events, best first, at most {@code limit} each. */
  Map<String, List<EventLink>> link(List<Event> events, int limit);
}
