package org.currents.store;

import java.util.List;
import org.currents.model.EventMove;
import org.currents.model.StoredEvent;

/**
 * The events of the latest build and the history of their moves, so that the next build can tell
 * which events merged, split or moved and keep their old pages resolving. Implementations are for
 * use from one thread at a time.
 */
public interface EventStore extends AutoCloseable {

  /** The events of the latest build, in id order. */
  List<StoredEvent> events();

  /** Every move ever recorded, oldest first. */
  List<EventMove> moves();

  /**
   * Replaces the stored events with {@code events} and appends {@code moves}, atomically: a build
   * killed halfway leaves the previous events whole.
   */
  void replace(List<StoredEvent> events, List<EventMove> moves);

  @Override
  void close();
}
