package org.currents.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.currents.entity.EntityFinderProvider;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.model.Provenance;
import org.junit.jupiter.api.Test;

/** Runs only under {@code -Pcorenlp}: loads CoreNLP's English models once (some seconds). */
class CoreNlpEntityFinderTest {
  /** Loaded once for every test class of the module, through the provider the CLI uses. */
  static final CoreNlpEntityFinder FINDER =
      (CoreNlpEntityFinder) EntityFinderProvider.named("corenlp").orElseThrow().create();

  static Article article(String id, String text) {
    return new Article(id, null, null, null, null, null, "en", null, text,
        new Provenance("test", null, Instant.EPOCH, "hash"));
  }

  private static AnnotatedArticle annotate(String id, String text) {
    return ((Outcome.Ok<AnnotatedArticle>) FINDER.annotate(article(id, text))).value();
  }

  private static Map<String, EntityType> entities(AnnotatedArticle a) {
    return a.mentions().stream().collect(Collectors.toMap(Mention::canonicalName, Mention::type, (x, y) -> x));
  }

  @Test
  void findsPeopleOrganisationsAndPlacesWithOffsetsIntoTheText() {
    String text = "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage, California, on"
        + " Monday. Her lawyer Shawn Chapman Holley said Lohan would stay for 90 days. Microsoft and"
        + " the United Nations were not involved.";
    AnnotatedArticle a = annotate("a", text);
    for (Mention m : a.mentions()) {
      assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }
    Map<String, EntityType> found = entities(a);
    assertEquals(EntityType.PERSON, found.get("Lindsay Lohan"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Shawn Chapman Holley"), found.toString());
    assertEquals(EntityType.PLACE, found.get("California"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Microsoft"), found.toString());
    assertTrue(found.containsKey("United Nations"), found.toString());
    assertTrue(!found.containsKey("Lohan"), "the surname joins the full name: " + found);
  }

  @Test
  void canonicalNamesComeFromCoresAliasTableAndAcronymRules() {
    String text = "The Department of Homeland Security (DHS) dropped its demand that Twitter unmask the"
        + " account. President Donald Trump said DHS had acted alone.";
    Map<String, EntityType> found = entities(annotate("b", text));
    assertEquals(EntityType.ORGANIZATION, found.get("United States Department of Homeland Security"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Donald Trump"), found.toString());
    assertTrue(!found.containsKey("DHS"), found.toString());
  }

  @Test
  void shortNamesJoinAcrossArticlesThroughCore() {
    List<AnnotatedArticle> joined = FINDER.joinAcrossArticles(List.of(
        annotate("c1", "Actress Tara Reid arrived in Los Angeles on Friday."),
        annotate("c2", "Reid said she was happy to be home.")));
    List<String> names = joined.get(1).mentions().stream().map(Mention::canonicalName).toList();
    assertEquals(List.of("Tara Reid"), names);
  }
}
