package org.currents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.currents.model.EventMove;
import org.currents.model.StoredEvent;
import org.junit.jupiter.api.Test;

class EventHistoryTest {
  private static StoredEvent event(String id, String... articles) {
    return new StoredEvent(id, "/news/2017/04/7/" + id + ".md", List.of(articles));
  }

  @Test
  void twoEventsJoinedByNewArticlesAreMergedIntoTheNewOne() {
    List<EventMove> moves =
        EventHistory.moves(List.of(event("e1", "a"), event("e2", "b")), List.of(event("e0", "c", "a", "b")));
    assertEquals(
        List.of(
            new EventMove("e1", "/news/2017/04/7/e1.md", "e0", EventMove.Kind.MERGED),
            new EventMove("e2", "/news/2017/04/7/e2.md", "e0", EventMove.Kind.MERGED)),
        moves);
  }

  @Test
  void aSplitPointsToTheEventHoldingMostArticlesAndAnUnchangedEventDoesNotMove() {
    List<EventMove> moves =
        EventHistory.moves(
            List.of(event("e1", "a", "b", "c"), event("e5", "x")),
            List.of(event("e2", "c"), event("e3", "a", "b"), event("e5", "x")));
    assertEquals(List.of(new EventMove("e1", "/news/2017/04/7/e1.md", "e3", EventMove.Kind.SPLIT)), moves);
  }

  @Test
  void aNewPageForTheSameEventIsAMove() {
    StoredEvent before = event("e1", "a");
    StoredEvent after = new StoredEvent("e1", "/news/2017/04/7/new-summary.md", List.of("a"));
    assertEquals(
        List.of(new EventMove("e1", before.path(), "e1", EventMove.Kind.MOVED)),
        EventHistory.moves(List.of(before), List.of(after)));
  }

  @Test
  void redirectsFollowChainsOfMovesToACurrentPage() {
    List<EventMove> history =
        List.of(
            new EventMove("e1", "/old/e1.md", "e2", EventMove.Kind.MERGED),
            new EventMove("e2", "/old/e2.md", "e3", EventMove.Kind.SPLIT));
    Map<String, String> redirects =
        EventHistory.redirects(history, List.of(new StoredEvent("e3", "/now/e3.md", List.of("a"))));
    assertEquals(Map.of("/old/e1.md", "/now/e3.md", "/old/e2.md", "/now/e3.md"), redirects);
  }
}
