package org.currents.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.TestArticles;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.Test;

class TfIdfEventClustererTest extends StageContractTest<List<AnnotatedArticle>, List<Event>> {
  private final TfIdfEventClusterer clusterer = new TfIdfEventClusterer();

  @Override
  protected List<Event> run(List<AnnotatedArticle> input) {
    return clusterer.cluster(input);
  }

  @Override
  protected List<List<AnnotatedArticle>> sampleInputs() {
    return List.of(TestArticles.annotated());
  }

  @Override
  protected List<AnnotatedArticle> emptyInput() {
    return List.of();
  }

  @Test
  void similarButDifferentHappeningsStayApart() {
    List<Event> events = clusterer.cluster(TestArticles.annotated());
    // ECB+ gold: the event of a document is its topic and its ecb/ecbplus half.
    Map<String, String> eventOf =
        events.stream()
            .flatMap(e -> e.articleIds().stream().map(id -> Map.entry(id, e.id())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(eventOf.get("ecb-1_1ecb"), eventOf.get("ecb-1_2ecb"), events.toString());
    assertTrue(!eventOf.get("ecb-1_1ecb").equals(eventOf.get("ecb-1_1ecbplus")), "two rehab stories merged");
    assertTrue(!eventOf.get("ecb-8_1ecb").equals(eventOf.get("ecb-8_1ecbplus")), "two bank bombings merged");
    assertTrue(!eventOf.get("ecb-1_1ecb").equals(eventOf.get("ecb-8_1ecb")));
  }

  @Test
  void anEventsIdDependsOnlyOnItsArticles() {
    List<AnnotatedArticle> all = TestArticles.annotated();
    List<Event> full = clusterer.cluster(all);
    List<Event> reversed = clusterer.cluster(List.copyOf(all));
    assertEquals(full, reversed);
    for (Event e : clusterer.cluster(all.subList(0, all.size() / 2))) {
      full.stream()
          .filter(f -> f.articleIds().equals(e.articleIds()))
          .forEach(f -> assertEquals(f.id(), e.id()));
    }
  }
}
