package org.currents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.Outcome;
import org.currents.model.Provenance;
import org.junit.jupiter.api.Test;

class RuleBasedEntityFinderTest {
  private final RuleBasedEntityFinder finder = new RuleBasedEntityFinder();

  static Article article(String text) {
    return new Article("t1", null, null, null, null, null, "en", null, text,
        new Provenance("test", null, Instant.EPOCH, "hash"));
  }

  private Map<String, Integer> entities(String text) {
    return ((Outcome.Ok<AnnotatedArticle>) finder.annotate(article(text))).value().entityCounts();
  }

  /** Each canonical name found in {@code text}, with the type of its last mention. */
  private Map<String, EntityType> types(String text) {
    Map<String, EntityType> types = new java.util.HashMap<>();
    ((Outcome.Ok<AnnotatedArticle>) finder.annotate(article(text))).value()
        .mentions().forEach(m -> types.put(m.canonicalName(), m.type()));
    return types;
  }

  @Test
  void resolvesSurnamesTitlesAndAcronymsWithinTheArticle() {
    String text =
        "U.S. President Donald Trump spoke on Friday. The Department of Homeland Security (DHS)"
            + " dropped its demand that Twitter unmask the account.\n\nTrump said DHS had acted alone,"
            + " and Twitter welcomed the decision in San Francisco.";
    Map<String, Integer> found = entities(text);
    assertEquals(2, found.get("Donald Trump"), found.toString());
    assertEquals(3, found.get("United States Department of Homeland Security"), found.toString());
    assertEquals(2, found.get("Twitter"), found.toString());
    assertTrue(found.containsKey("San Francisco"), found.toString());
    assertFalse(found.containsKey("Trump"), found.toString());
  }

  @Test
  void mentionsPointIntoTheTextWithTheirTypes() {
    String text = "Lindsay Lohan checked into a rehab center in Malibu, her lawyer Mark Heller said.";
    AnnotatedArticle a = ((Outcome.Ok<AnnotatedArticle>) finder.annotate(article(text))).value();
    for (Mention m : a.mentions()) {
      assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }
    List<String> people = a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::canonicalName).toList();
    assertTrue(people.contains("Lindsay Lohan"), a.mentions().toString());
    assertTrue(people.contains("Mark Heller"), a.mentions().toString());
  }

  @Test
  void wellKnownNamesTakeTheirCanonicalForm() {
    Map<String, Integer> found = entities("Officials in Britain and the U.S. met the U.N. envoy in Kiev on Monday.");
    assertTrue(found.containsKey("United Kingdom"), found.toString());
    assertTrue(found.containsKey("United States"), found.toString());
    assertTrue(found.containsKey("United Nations"), found.toString());
    assertTrue(found.containsKey("Kyiv"), found.toString());
    assertFalse(found.containsKey("Monday"), found.toString());
  }

  @Test
  void headlineCapitalsAndTitlesAreNotNames() {
    String text =
        "Chipmaker AMD Buys SeaMicro For $334 Million\n\nAdvanced Micro Devices (AMD) said on"
            + " Wednesday it would buy SeaMicro. President-elect Barack Obama welcomed it, and French"
            + " President Nicolas Sarkozy did not.";
    Map<String, Integer> found = entities(text);
    assertEquals(Set.of("Advanced Micro Devices", "SeaMicro", "Barack Obama", "Nicolas Sarkozy"), found.keySet(), found.toString());
    assertEquals(3, found.get("Advanced Micro Devices"), found.toString()); // AMD in the headline too
  }

  @Test
  void foreignParticlesJoinANameAndHonorificsAreNot() {
    Map<String, EntityType> types = types(
        "The stage crosses the Col de Peyresourde before the finish. The Rt. Hon. Speaker of the"
            + " House of Representatives, Ahmad Lawan, spoke. Col Muammar Gaddafi did not.");
    assertEquals(EntityType.PLACE, types.get("Col de Peyresourde"), types.toString());
    assertTrue(types.containsKey("House of Representatives"), types.toString());
    assertTrue(types.keySet().stream().noneMatch(n -> n.contains("Hon") || n.contains("Rt")), types.toString());
    assertTrue(types.entrySet().stream().noneMatch(e -> e.getKey().contains("Gaddafi") && e.getValue() == EntityType.PLACE),
        types.toString()); // "Col" names a pass only before a particle
  }

  @Test
  void facilitiesArePlacesAndTeamsOrganisations() {
    Map<String, EntityType> types = types(
        "Lohan checked into the Betty Ford Center on Monday. The New Orleans Saints beat the"
            + " Boston Red Sox in Vancouver, and Apple Inc. said Americans loved it.");
    assertEquals(EntityType.PLACE, types.get("Betty Ford Center"), types.toString());
    assertEquals(EntityType.ORGANIZATION, types.get("New Orleans Saints"), types.toString());
    assertEquals(EntityType.ORGANIZATION, types.get("Boston Red Sox"), types.toString());
    assertEquals(EntityType.PLACE, types.get("Vancouver"), types.toString()); // from GeoNames
    assertEquals(EntityType.ORGANIZATION, types.get("Apple Inc."), types.toString());
    assertFalse(types.containsKey("Americans"), types.toString()); // a demonym is not a mention
    assertFalse(types.containsKey("United States"), types.toString());
  }

  @Test
  void joinsShortNamesAndVariantsAcrossArticles() {
    List<AnnotatedArticle> corpus = List.of(
        finder.annotate(article("Tara Reid entered rehab, her publicist Jack Ketsoyan said.")),
        finder.annotate(article("Reid is fine, W. Jack Ketsoyan Jr. said of Reid.")),
        finder.annotate(article("SEACOM said the cable was cut. Seacom will repair the SEACOM cable.")))
        .stream().map(o -> ((Outcome.Ok<AnnotatedArticle>) o).value()).toList();
    List<AnnotatedArticle> joined = finder.joinAcrossArticles(corpus);
    assertEquals(Map.of("Tara Reid", 2, "Jack Ketsoyan", 1), joined.get(1).entityCounts());
    assertEquals(Set.of("SEACOM"), joined.get(2).entityCounts().keySet());
  }
}
