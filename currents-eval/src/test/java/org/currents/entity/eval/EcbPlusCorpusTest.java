package org.currents.entity.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.currents.model.Provenance;
import org.junit.jupiter.api.Test;

class EcbPlusCorpusTest {
  /** The shape of an ECB+ CAT file, cut down: two sentences, three markables, one chain. */
  private static final String XML =
      """
      <Document doc_name="1_1ecb.xml" doc_id="D1">
      <token t_id="1" sentence="0" number="0">Tara</token>
      <token t_id="2" sentence="0" number="1">Reid</token>
      <token t_id="3" sentence="0" number="2">entered</token>
      <token t_id="4" sentence="0" number="3">the</token>
      <token t_id="5" sentence="0" number="4">Promises</token>
      <token t_id="6" sentence="0" number="5">Treatment</token>
      <token t_id="7" sentence="0" number="6">Center</token>
      <token t_id="8" sentence="0" number="7">in</token>
      <token t_id="9" sentence="0" number="8">Malibu</token>
      <token t_id="10" sentence="0" number="9">,</token>
      <token t_id="11" sentence="0" number="10">``</token>
      <token t_id="12" sentence="0" number="11">People</token>
      <token t_id="13" sentence="0" number="12">magazine</token>
      <token t_id="14" sentence="0" number="13">''</token>
      <token t_id="15" sentence="0" number="14">said</token>
      <token t_id="16" sentence="0" number="15">.</token>
      <token t_id="17" sentence="1" number="0">Reid</token>
      <token t_id="18" sentence="1" number="1">'s</token>
      <token t_id="19" sentence="1" number="2">rep</token>
      <token t_id="20" sentence="1" number="3">spoke</token>
      <Markables>
      <HUMAN_PART_PER m_id="1"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
      <LOC_FAC m_id="2"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
        <token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/></LOC_FAC>
      <HUMAN_PART_ORG m_id="3"><token_anchor t_id="12"/><token_anchor t_id="13"/></HUMAN_PART_ORG>
      <HUMAN_PART_PER m_id="4"><token_anchor t_id="17"/><token_anchor t_id="18"/></HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="9" TAG_DESCRIPTOR="tara_reid" instance_id="HUM1"/>
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><source m_id="4"/><target m_id="9"/></CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  private static EcbPlusCorpus.Document document() throws Exception {
    return EcbPlusCorpus.parse(
        "1_1ecb", new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), Set.of(0, 1));
  }

  @Test
  void rebuildsTextAndMapsMarkablesOntoIt() throws Exception {
    EcbPlusCorpus.Document d = document();
    assertEquals(
        "Tara Reid entered the Promises Treatment Center in Malibu, “People magazine” said.\n\nReid's rep spoke",
        d.text());
    List<String> names = d.mentions().stream().filter(EcbPlusCorpus.GoldMention::name)
        .map(g -> d.text().substring(g.headStart(), g.headEnd())).toList();
    // "People magazine" has the head "magazine": a description, not a name.
    assertEquals(List.of("Reid", "Center", "Reid"), names);
    assertFalse(d.mentions().get(2).name());
    assertEquals("HUM1", d.mentions().get(0).chain());
    assertEquals("HUM1", d.mentions().get(3).chain());
  }

  @Test
  void scoresMentionsByHeadAndChainsByBcubed() throws Exception {
    EcbPlusCorpus.Document d = document();
    String t = d.text();
    Article a = new Article("1_1ecb", null, null, null, null, null, "en", null, t, new Provenance("x", null, Instant.EPOCH, "-"));
    int center = t.indexOf("Promises");
    int people = t.indexOf("People");
    int reid = t.indexOf("Reid's");
    List<Mention> found = List.of(
        new Mention(0, 9, EntityType.PERSON, "Tara Reid", "Tara Reid"),
        new Mention(center, center + 25, EntityType.ORGANIZATION, "Promises Treatment Center", "Promises Treatment Center"),
        new Mention(people, people + 6, EntityType.ORGANIZATION, "People", "People"),
        new Mention(reid, reid + 4, EntityType.PERSON, "Reid", "Tara Reid"));
    EntityEvaluation.Result r = EntityEvaluation.score(List.of(d), List.of(new AnnotatedArticle(a, found)));
    assertEquals(new EntityEvaluation.Counts(2, 2, 2), r.byType().get(EntityType.PERSON));
    // The centre is a place in ECB+: right span, wrong type. "People" overlaps a markable: unscored.
    assertEquals(new EntityEvaluation.Counts(0, 1, 0), r.byType().get(EntityType.ORGANIZATION));
    assertEquals(new EntityEvaluation.Counts(3, 3, 3), r.anyType());
    assertTrue(r.bcubedF1() > 0.99, String.valueOf(r.bcubedF1()));
  }
}
