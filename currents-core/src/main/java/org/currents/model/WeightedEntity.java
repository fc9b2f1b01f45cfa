package org.currents.model;

import java.io.Serializable;
import java.util.Objects;

/** An entity's canonical name with its weight in an event (higher = more central). */
public record WeightedEntity(String canonicalName, EntityType type, double weight) implements Serializable {
  public WeightedEntity {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(type, "type");
  }
}
