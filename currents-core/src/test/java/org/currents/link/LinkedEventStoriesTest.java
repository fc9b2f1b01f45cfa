package org.currents.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.Story;
import org.currents.model.TestArticles;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.Test;

class LinkedEventStoriesTest extends StageContractTest<List<Event>, List<Story>> {
  private final LinkedEventStories stories = new LinkedEventStories();
  private final SharedEntityLinker linker = new SharedEntityLinker();

  @Override
  protected List<Story> run(List<Event> events) {
    return stories.stories(events, linker.link(events, 10));
  }

  @Override
  protected List<List<Event>> sampleInputs() {
    return List.of(new TfIdfEventClusterer().cluster(TestArticles.annotated()));
  }

  @Override
  protected List<Event> emptyInput() {
    return List.of();
  }

  @Test
  void stronglyLinkedEventsCloseInTimeFormOneStoryInTimeOrder() {
    LocalDate d = LocalDate.of(2017, 4, 7);
    List<Event> events =
        List.of(
            TestEvents.event("late", d.plusDays(20), "Twitter", "United States Department of Homeland Security"),
            TestEvents.event("early", d, "Twitter", "United States Department of Homeland Security", "Donald Trump"),
            TestEvents.event("far", d.plusDays(400), "Twitter", "United States Department of Homeland Security"),
            TestEvents.event("other", d, "Tour de France"));
    Map<String, List<EventLink>> links = linker.link(events, 10);
    List<Story> found = new LinkedEventStories(0.1, 60).stories(events, links);
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("early", "late"), found.get(0).eventIds());
    assertEquals(List.of("Twitter", "United States Department of Homeland Security"), found.get(0).entities());
  }
}
