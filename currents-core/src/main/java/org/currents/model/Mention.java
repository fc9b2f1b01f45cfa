package org.currents.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One mention of an entity in an article's text: character offsets {@code [start, end)} into
 * {@link Article#text()}, as typed by the finder, with the canonical name it resolved to.
 */
public record Mention(int start, int end, EntityType type, String surface, String canonicalName) implements Serializable {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(canonicalName, "canonicalName");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
