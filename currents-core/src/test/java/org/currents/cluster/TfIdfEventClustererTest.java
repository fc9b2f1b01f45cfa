package org.currents.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Event;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.currents.model.TestArticles;
import org.currents.testkit.StageContractTest;
import org.jspecify.annotations.Nullable;
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

  /**
   * X is the first report; Y and Z, which follow, resemble each other more than either resembles X
   * (cosine 0.18 with X, 0.23 between them), all three the same day. Events come from the ties of every article, earlier
   * and later, so X is in Y and Z's event whichever comes first.
   */
  @Test
  void aLoneEarlyReportJoinsTheEventThatFormedAfterIt() {
    String xy = "quarry lantern meadow ";
    String xz = "orchard falcon harbour ";
    String yz = "glacier violin compass pebble ";
    // One day: the days between dated articles raise what a tie costs.
    AnnotatedArticle x = lone("x", 1, xy + xz + "saddle thimble walnut beacon ribbon cobalt");
    AnnotatedArticle y = lone("y", 1, xy + yz + "anvil juniper mosaic tundra velvet sparrow");
    AnnotatedArticle z = lone("z", 1, xz + yz + "marble copper lagoon canyon willow hazel");

    List<Event> xFirst = clusterer.cluster(List.of(x, y, z));
    List<Event> xLast = clusterer.cluster(List.of(y, z, x));

    assertEquals(1, xFirst.size(), xFirst.toString());
    assertEquals(List.of("x", "y", "z"), xFirst.get(0).articleIds(), "members in publication order");
    assertEquals(1, xLast.size(), xLast.toString());
  }

  /**
   * The same report twice, its second copy with a dated background line. Published months apart,
   * the quiet period keeps them apart; with no publication date, a date in the text does not,
   * since an article's latest mentioned date is not when it was written.
   */
  @Test
  void onlyPublicationDatesCloseAnEvent() {
    String report = "quarry lantern meadow orchard falcon harbour glacier violin compass pebble. ";
    String laterMention = "The hearing is set for 14 September 2024.";
    AnnotatedArticle first = lone("first", 1, report);
    AnnotatedArticle monthsLater = dated("later", OffsetDateTime.parse("2024-09-14T09:00:00Z"), report + laterMention);
    AnnotatedArticle undated = dated("undated", null, report + laterMention);

    assertEquals(2, clusterer.cluster(List.of(first, monthsLater)).size());
    assertEquals(1, clusterer.cluster(List.of(first, undated)).size());
  }

  /**
   * Three hundred reports of one happening, each with words of its own: one event. A penalty that
   * grew with an event's size would cut it up, since each report is tied to only a few neighbours.
   */
  @Test
  void aHappeningWithManyReportsIsOneEvent() {
    String story = "quarry lantern meadow orchard falcon harbour glacier violin compass pebble ";
    String[] own = {"saddle", "thimble", "walnut", "beacon", "ribbon", "cobalt", "anvil", "juniper", "mosaic", "tundra"};
    List<AnnotatedArticle> reports = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      reports.add(lone("r" + i, 1, story + own[i % own.length] + " " + own[(i / own.length) % own.length] + " w" + i));
    }
    List<Event> events = clusterer.cluster(reports);
    assertEquals(1, events.size(), events.size() + " events");
  }

  /**
   * An undated report shares words with a happening's coverage and with a like happening's five
   * years later. Dated articles that far apart are never tied, and without a tie against them the
   * undated report would pull both into one event.
   */
  @Test
  void anUndatedReportDoesNotJoinHappeningsYearsApart() {
    String shared = "earthquake rescue united nations government survivors rubble ";
    String first = "tsunami aceh banda sumatra coast waves ";
    String later = "haiti port prince aftershock capital collapse ";
    List<AnnotatedArticle> articles = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(dated("a" + i, OffsetDateTime.parse("2005-01-0" + (i + 1) + "T09:00:00Z"), shared + first + "pledge" + i));
    }
    for (int i = 0; i < 3; i++) {
      articles.add(dated("b" + i, OffsetDateTime.parse("2010-01-2" + (i + 1) + "T09:00:00Z"), shared + later + "missionary" + i));
    }
    articles.add(dated("undated", null, shared + first + later));
    Map<String, String> eventOf =
        clusterer.cluster(articles).stream()
            .flatMap(e -> e.articleIds().stream().map(id -> Map.entry(id, e.id())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(eventOf.get("a0"), eventOf.get("a2"));
    assertEquals(eventOf.get("b0"), eventOf.get("b2"));
    assertTrue(!eventOf.get("a0").equals(eventOf.get("b0")), "five years apart, one event: " + eventOf);
  }

  private static AnnotatedArticle lone(String id, int day, String text) {
    return dated(id, OffsetDateTime.parse("2024-03-0" + day + "T09:00:00Z"), text);
  }

  private static AnnotatedArticle dated(String id, @Nullable OffsetDateTime at, String text) {
    Instant fetched = at == null ? Instant.parse("2024-03-01T09:00:00Z") : at.toInstant();
    Article a = new Article(id, "https://news.example/" + id, null, null,
        at == null ? null : PublishDate.of(at, DateSource.META),
        "Example", "en", null, text, new Provenance(id, null, fetched, ContentHash.sha256Hex(text)));
    return new AnnotatedArticle(a, List.of());
  }
}
