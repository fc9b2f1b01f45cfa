package org.currents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
}
