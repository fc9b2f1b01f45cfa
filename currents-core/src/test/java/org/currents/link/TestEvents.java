package org.currents.link;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.currents.model.EntityType;
import org.currents.model.Event;
import org.currents.model.WeightedEntity;

/** Hand-made events for the linking tests: one article each, entities of weight 1. */
final class TestEvents {
  private TestEvents() {}

  static Event event(String id, LocalDate day, String... entityNames) {
    return new Event(id, day, List.of("a-" + id),
        Arrays.stream(entityNames).map(n -> new WeightedEntity(n, EntityType.ORGANIZATION, 1.0)).toList());
  }
}
