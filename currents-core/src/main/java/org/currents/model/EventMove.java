package org.currents.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A change of an event between two builds: its id or its page changed because articles merged
 * events, split one, or changed its summary. Kept forever, so old links keep resolving.
 *
 * @param oldId the event's id before
 * @param oldPath the event's page before (a portal path such as {@code /news/2017/04/7/x.md})
 * @param newId the event that now holds (most of) its articles
 * @param kind why it moved
 */
public record EventMove(String oldId, String oldPath, String newId, Kind kind) {
  /** Why an event moved. */
  public enum Kind {
    /** Its articles joined another event's. */
    MERGED,
    /** Its articles went to several events; {@code newId} holds most of them. */
    SPLIT,
    /** Same articles, new id or page (its first article or its summary changed). */
    MOVED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public EventMove {
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(oldPath, "oldPath");
    Objects.requireNonNull(newId, "newId");
    Objects.requireNonNull(kind, "kind");
  }
}
