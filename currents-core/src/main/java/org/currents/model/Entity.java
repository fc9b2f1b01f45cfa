package org.currents.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity across the corpus: its canonical name (encyclopedia style, e.g. "United States
 * Department of Homeland Security"), type, the surface forms seen, and the articles mentioning it.
 */
public record Entity(
    String canonicalName, EntityType type, List<String> aliases, List<String> articleIds) {
  public Entity {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articleIds = List.copyOf(articleIds);
  }
}
