package org.currents.dedup;

import java.util.List;
import java.util.Objects;

/**
 * Copies of one story. {@code original} is the earliest copy (by publish date, then id); {@code
 * copies} are the other members, earliest first, each kept as a source of the story.
 */
public record DuplicateGroup(String original, List<String> copies) {
  public DuplicateGroup {
    Objects.requireNonNull(original, "original");
    copies = List.copyOf(copies);
  }
}
