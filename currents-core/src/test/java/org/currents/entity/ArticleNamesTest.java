package org.currents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {
  private static final AliasTable ALIASES = AliasTable.bundled();

  private static ArticleNames.TypedName name(String text, String surface, int from, EntityType type) {
    int start = text.indexOf(surface, from);
    return new ArticleNames.TypedName(start, start + surface.length(), type);
  }

  @Test
  void taggedNamesTakeCanonicalNamesFromTheSameRulesAsTheDefaultFinder() {
    String text = "Trump met officials of the Department of Homeland Security (DHS) and SeaMicro Inc."
        + " President Donald Trump said DHS and SeaMicro agreed.";
    List<Mention> mentions = ArticleNames.of(ALIASES, text).resolve(List.of(
        name(text, "Trump", 0, EntityType.PERSON),
        name(text, "Department of Homeland Security", 0, EntityType.ORGANIZATION),
        name(text, "SeaMicro Inc.", 0, EntityType.ORGANIZATION),
        name(text, "Donald Trump", 0, EntityType.PERSON),
        name(text, "DHS", text.indexOf("said"), EntityType.ORGANIZATION),
        name(text, "SeaMicro", text.indexOf("said"), EntityType.ORGANIZATION)));
    assertEquals(
        List.of("Donald Trump", "United States Department of Homeland Security", "SeaMicro", "Donald Trump",
            "United States Department of Homeland Security", "SeaMicro"),
        mentions.stream().map(Mention::canonicalName).toList());
  }

  @Test
  void theTaggersTypeStandsWhenTheAliasTableDisagrees() {
    String text = "Jordan scored twice.";
    Mention m = ArticleNames.of(ALIASES, text).resolve(List.of(name(text, "Jordan", 0, EntityType.PERSON))).get(0);
    assertEquals(EntityType.PERSON, m.type());
    assertEquals("Jordan", m.canonicalName());
  }
}
