package org.currents.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.model.TestArticles;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.Test;

class SharedEntityLinkerTest extends StageContractTest<List<Event>, Map<String, List<EventLink>>> {
  private final SharedEntityLinker linker = new SharedEntityLinker();

  @Override
  protected Map<String, List<EventLink>> run(List<Event> input) {
    return linker.link(input, 10);
  }

  @Override
  protected List<List<Event>> sampleInputs() {
    return List.of(new TfIdfEventClusterer().cluster(TestArticles.annotated()));
  }

  @Override
  protected List<Event> emptyInput() {
    return List.of();
  }

  private static Event event(String id, int day, String... names) {
    return TestEvents.event(id, LocalDate.of(2017, 4, day), names);
  }

  @Test
  void linksAreSymmetricAndCarryTheSharedNamesRarestFirst() {
    List<Event> events =
        List.of(
            event("a", 1, "Twitter", "United States Department of Homeland Security", "Donald Trump"),
            event("b", 7, "Twitter", "United States Department of Homeland Security"),
            event("c", 8, "Donald Trump", "Twitter"),
            event("d", 9, "Donald Trump"));
    Map<String, List<EventLink>> links = linker.link(events, 10);
    for (List<EventLink> list : links.values()) {
      for (EventLink l : list) {
        EventLink back = links.get(l.to()).stream().filter(x -> x.to().equals(l.from())).findFirst().orElseThrow();
        assertEquals(l.score(), back.score());
        assertEquals(l.context().size(), back.context().size());
      }
    }
    EventLink ab = links.get("a").stream().filter(l -> l.to().equals("b")).findFirst().orElseThrow();
    assertEquals(List.of("United States Department of Homeland Security", "Twitter"), ab.context());
  }

  @Test
  void noSharedEntityMeansNoLink() {
    Map<String, List<EventLink>> links = linker.link(List.of(event("a", 1, "X"), event("b", 1, "Y")), 10);
    assertTrue(links.get("a").isEmpty());
  }
}
