package org.currents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.currents.model.Article;
import org.currents.model.DateSource;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;
import org.junit.jupiter.api.Test;

class DensityArticleExtractorTest {
  private static final String PARAGRAPHS =
      "<p>After three dry months, steady rain fell across the valley on Tuesday, filling reservoirs"
          + " that had dropped to their lowest level in a decade, officials said.</p>"
          + "<p>Farmers said the rain came just in time for the spring planting, although officials"
          + " warned that one wet week would not end the drought in the region.</p>";
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private Article extract(String html) {
    return extract(html.getBytes(StandardCharsets.UTF_8));
  }

  private Article extract(byte[] html) {
    Outcome<Article> out =
        extractor.extract(new RawPage("test.html", "https://news.example/2019/04/07/rain", html, null, TestPages.FETCHED));
    return assertInstanceOf(Outcome.Ok.class, out, out.toString()).value() instanceof Article a ? a : null;
  }

  @Test
  void keepsTheStoryAndDropsRailsMenusAndTheHeadline() {
    Article a =
        extract(
            "<html><head><title>Rain returns | Valley News</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<article><h1>Rain returns</h1><div class=audio-player>Audio By Carbonatix</div>"
                + PARAGRAPHS
                + "</article><aside class=latest-stories><h2>Latest Stories</h2><ul><li><a href=/a>"
                + "Other story</a> 5 minutes</li></ul></aside><footer>© Valley News</footer></body></html>");
    assertEquals("Rain returns", a.title());
    assertTrue(a.text().startsWith("After three dry months"), a.text());
    assertTrue(a.text().contains("\n\nFarmers said"), a.text());
    assertFalse(a.text().contains("Latest Stories"), a.text());
    assertFalse(a.text().contains("Audio By"), a.text());
    assertFalse(a.text().contains("Home"), a.text());
  }

  @Test
  void readsMetadataFromJsonLdAndKeepsTheOffset() {
    Article a =
        extract(
            "<html lang=en-GB><head><script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Rain returns\",\"datePublished\":\"2017-04-07T10:15:00+01:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Jo Smith\"},"
                + "\"publisher\":{\"name\":\"Valley News\"},\"image\":\"/img/rain.jpg\"}</script>"
                + "</head><body><article>"
                + PARAGRAPHS
                + "</article></body></html>");
    assertEquals("Jo Smith", a.byline());
    assertEquals("Valley News", a.site());
    assertEquals("en-GB", a.language());
    assertEquals("2017-04-07T10:15:00+01:00", a.published().iso());
    assertEquals(DateSource.JSON_LD, a.published().source());
    assertEquals("https://news.example/img/rain.jpg", a.image());
  }

  @Test
  void takesTheDayFromTheUrlWhenNothingElseGivesIt() {
    Article a = extract("<html><body><article>" + PARAGRAPHS + "</article></body></html>");
    assertEquals("2019-04-07", a.published().iso());
    assertEquals(DateSource.URL, a.published().source());
  }

  @Test
  void neverInventsADate() {
    Outcome<Article> out =
        extractor.extract(
            new RawPage("t.html", null, ("<html><body><article>" + PARAGRAPHS + "</article></body></html>").getBytes(StandardCharsets.UTF_8), null, TestPages.FETCHED));
    assertNull(((Outcome.Ok<Article>) out).value().published());
  }

  @Test
  void takesTheDayFromADatelineWhenMarkupAndUrlGiveNone() {
    Article a = extractUndated("LONDON, Nov. 18, 2019 \u2014 ");
    assertEquals("2019-11-18", a.published().iso());
    assertEquals(DateSource.TEXT, a.published().source());
  }

  @Test
  void aDateInTheTextAfterTheFetchIsNotThePublicationDate() {
    assertNull(extractUndated("The vote is set for March 3, 2020. ").published());
  }

  /** The test paragraphs, with {@code opening} at the start of the first. */
  private Article extractUndated(String opening) {
    String html = "<html><body><article>" + PARAGRAPHS.replaceFirst("<p>", "<p>" + opening) + "</article></body></html>";
    Outcome<Article> out =
        extractor.extract(
            new RawPage("t.html", null, html.getBytes(StandardCharsets.UTF_8), null, TestPages.FETCHED));
    return ((Outcome.Ok<Article>) out).value();
  }

  @Test
  void keepsATableWhoseRowsAreNamedLikeFurniture() {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      rows.append("<tr class=\"oddrow player-").append(i).append("\"><td>").append(i)
          .append("</td><td>Driver Number").append(i).append("</td><td>").append(5000 - i).append("</td></tr>");
    }
    Article a = extract("<html><body><article>" + PARAGRAPHS + "<table class=\"tablehead\"><tbody>" + rows
        + "</tbody></table></article></body></html>");
    assertTrue(a.text().contains("Driver Number7"), a.text());
  }

  @Test
  void decodesWindows1252DeclaredAsUtf8WithAWarning() {
    String html = "<html><head><meta charset=utf-8></head><body><article>" + PARAGRAPHS.replace("valley", "vallée") + "</article></body></html>";
    Outcome<Article> out =
        extractor.extract(new RawPage("t.html", null, html.getBytes(Charset.forName("windows-1252")), null, TestPages.FETCHED));
    Outcome.Ok<Article> ok = assertInstanceOf(Outcome.Ok.class, out);
    assertTrue(ok.value().text().contains("vallée"), ok.value().text());
    assertEquals(1, ok.warnings().size());
  }

  @Test
  void aPageWithoutABodyIsNotAnArticle() {
    Outcome<Article> out =
        extractor.extract(new RawPage("home.html", null, "<html><body><nav><a href=/a>A</a></nav><p>Hi.</p></body></html>".getBytes(StandardCharsets.UTF_8), null, TestPages.FETCHED));
    assertEquals(ProblemCode.NOT_AN_ARTICLE.id(), out.label());
  }

  @Test
  void deepNestingIsAProblemNotACrash() {
    String deep = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPHS + "</div>".repeat(10_000) + "</body></html>";
    Outcome<Article> out =
        extractor.extract(new RawPage("deep.html", null, deep.getBytes(StandardCharsets.UTF_8), null, TestPages.FETCHED));
    assertEquals(ProblemCode.TOO_DEEP.id(), out.label());
  }

  @Test
  void binaryIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    Outcome<Article> out = extractor.extract(new RawPage("x.html", null, png, null, TestPages.FETCHED));
    assertEquals(ProblemCode.BINARY.id(), out.label());
  }

  @Test
  void detectsTheLanguageOnlyWhenThePageDoesNotDeclareIt() {
    assertEquals("en", extract("<html><body><article>" + PARAGRAPHS + "</article></body></html>").language());
    String portuguese =
        "<p>Depois de três meses secos, a chuva voltou ao vale na terça-feira e encheu os"
            + " reservatórios, que estavam no nível mais baixo da década, disseram as autoridades.</p>"
            + "<p>Os agricultores disseram que a chuva chegou a tempo para o plantio da primavera,"
            + " embora as autoridades tenham avisado que uma semana de chuva não acaba com a seca.</p>";
    assertEquals("pt", extract("<html><body><article>" + portuguese + "</article></body></html>").language());
    assertEquals(
        "de", extract("<html lang=de><body><article>" + PARAGRAPHS + "</article></body></html>").language());
  }

  @Test
  void leadImageFallsBackToTheFirstFigureAsAnAbsoluteUrl() {
    Article a =
        extract(
            "<html><body><article><img src=/icons/logo.png width=40><figure><img src=\"../img/rain.jpg\">"
                + "<figcaption>Rain</figcaption></figure>" + PARAGRAPHS + "</article></body></html>");
    assertEquals("https://news.example/2019/04/img/rain.jpg", a.image());
  }
}
