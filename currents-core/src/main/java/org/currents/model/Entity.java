package org.currents.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The aliases a reader would not guess from the canonical name: each spelling once, without the
   * canonical name itself or its case variants ("SENATE" beside "Senate" says nothing new).
   */
  public List<String> otherNames() {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (String alias : aliases) {
      byLowerCase.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias);
    }
    byLowerCase.remove(canonicalName.toLowerCase(Locale.ROOT));
    return List.copyOf(byLowerCase.values());
  }
}
