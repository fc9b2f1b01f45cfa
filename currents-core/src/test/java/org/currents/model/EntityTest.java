package org.currents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {
  @Test
  void otherNamesAreTheAliasesAReaderWouldNotGuessEachOnce() {
    Entity dhs = new Entity("United States Department of Homeland Security", EntityType.ORGANIZATION,
        List.of("DHS", "United States Department of Homeland Security", "Homeland Security", "HOMELAND SECURITY",
            "united states department of homeland security"),
        List.of("a1"));
    assertEquals(List.of("DHS", "Homeland Security"), dhs.otherNames());
    assertEquals("Organization; also written: DHS, Homeland Security", dhs.description());
  }

  @Test
  void anEntityOnlyEverWrittenOneWayHasNoOtherNames() {
    Entity senate = new Entity("Senate", EntityType.ORGANIZATION, List.of("Senate", "SENATE"), List.of("a1"));
    assertEquals(List.of(), senate.otherNames());
    assertEquals("Organization", senate.description());
  }
}
