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
   * What an entity page says under its name: the type, then the other names it goes by, if any
   * ("Organization; also written: DHS, Homeland Security"). Plain text, for each portal to escape.
   */
  public String description() {
    String name = type.name();
    String label = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    List<String> others = otherNames();
    return others.isEmpty() ? label : label + "; also written: " + String.join(", ", others);
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
