package org.currents.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.model.TestArticles;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Event;
import org.currents.model.Outcome;
import org.currents.model.Summary;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.Test;

class CentralSentenceSummarizerTest extends StageContractTest<Event, Outcome<Summary>> {
  private static final List<AnnotatedArticle> ARTICLES = TestArticles.annotated();
  private static final Map<String, AnnotatedArticle> BY_ID =
      ARTICLES.stream().collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
  private final CentralSentenceSummarizer summarizer = new CentralSentenceSummarizer();

  @Override
  protected Outcome<Summary> run(Event event) {
    return summarizer.summarize(event, event.articleIds().stream().map(BY_ID::get).toList());
  }

  @Override
  protected List<Event> sampleInputs() {
    return new TfIdfEventClusterer().cluster(ARTICLES);
  }

  @Override
  protected Event emptyInput() {
    return new Event("e-empty", null, List.of(ARTICLES.get(0).article().id()), List.of());
  }

  @Test
  void everySummaryIsAStandaloneSentenceFromItsSource() {
    for (Event e : sampleInputs()) {
      Summary s = ((Outcome.Ok<Summary>) run(e)).value();
      String source = BY_ID.get(s.sourceArticleId()).article().text().replaceAll("\\s+", " ");
      // Compression only cuts a tail: all but the final period is the source's own words.
      assertTrue(source.contains(s.sourceText().substring(0, s.sourceText().length() - 1)), s.sourceText());
      assertTrue(e.articleIds().contains(s.sourceArticleId()));
      assertFalse(s.sentence().matches("^(He|She|They|It)\\b.*"), s.sentence());
      assertFalse(s.lead().isBlank());
    }
  }

  @Test
  void sentencesThatLeanOnAnEarlierOneAreRefused() {
    assertTrue(CentralSentenceSummarizer.standsAlone("Apple said on Monday it would open a store in Mumbai."));
    assertTrue(CentralSentenceSummarizer.standsAlone("The earthquake struck northern Iran, killing 30 people."));
    assertFalse(CentralSentenceSummarizer.standsAlone("The company said it would open a store in Mumbai."));
    assertFalse(CentralSentenceSummarizer.standsAlone("He was arrested on Friday."));
    assertFalse(CentralSentenceSummarizer.standsAlone("\"We are shocked,\" a neighbour said."));
  }

  @Test
  void trailingAttributionsAreDropped() {
    assertEquals(
        "A bomb exploded at a bank in Woodburn, killing two officers.",
        CentralSentenceSummarizer.withoutAttribution("A bomb exploded at a bank in Woodburn, killing two officers, officials said Saturday."));
    assertEquals(
        "Lindsay Lohan checked into a rehab facility.",
        CentralSentenceSummarizer.withoutAttribution("Lindsay Lohan checked into a rehab facility, according to her lawyer."));
    String quote = "\"We had some issues,\" the executive said.";
    assertEquals(quote, CentralSentenceSummarizer.withoutAttribution(quote));
  }
}
