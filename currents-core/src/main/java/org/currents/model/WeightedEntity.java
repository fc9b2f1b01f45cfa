package org.currents.model;

import java.util.Objects;

/** An entity's canonical name with its weight in an event (higher = more central). */
public record WeightedEntity(String canonicalName, EntityType type, double weight) {
  public WeightedEntity {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(type, "type");
  }
}
