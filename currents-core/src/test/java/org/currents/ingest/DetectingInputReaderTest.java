package org.currents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.currents.extract.DensityArticleExtractor;
import org.currents.testkit.LoopbackServer;
import org.currents.ingest.fetch.FetchConfig;
import org.currents.ingest.fetch.PoliteFetcher;
import org.currents.model.Article;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class DetectingInputReaderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String STORY =
      "<p>The café on the harbour reopened on Monday after a three-month renovation paid for by"
          + " the town council and a group of local fishermen.</p>"
          + "<p>Its owner said the new kitchen would let the café serve meals all year, and that"
          + " twelve people from the town had been hired for the season.</p>"
          + "<p>The council said the harbour front would be closed to cars on weekends from June,"
          + " to make room for the market stalls that return this summer.</p>";

  @TempDir Path dir;
  private final LoopbackServer server;
  private final MemoryFetchMemory memory = new MemoryFetchMemory();
  private final DetectingInputReader reader;

  DetectingInputReaderTest() throws IOException {
    server = new LoopbackServer();
    FetchConfig config =
        FetchConfig.defaults()
            .allowing(List.of("127.0.0.1"))
            .withWaits(Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(2));
    reader =
        new DetectingInputReader(
            FileInputReader.withDefaults(),
            new PoliteFetcher(config, memory, Clock.systemUTC()),
            memory,
            ReadLimits.defaults(),
            new DetectingInputReader.Limits(100, 300, 2, 2),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<Outcome<Ingested>> read(String source) {
    List<Outcome<Ingested>> out = new ArrayList<>();
    reader.read(source, out::add);
    return out;
  }

  private static String page(String title) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + STORY + "</article></body></html>";
  }

  @Test
  void readsTheHtmlResponsesOfAWarcGzWithTheirCharsetRecordIdAndTarget() throws Exception {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      w.write(
          new WarcRequest.Builder(URI.create("https://news.example/cafe"))
              .body(new HttpRequest.Builder("GET", "/cafe").build())
              .build());
      w.write(response("https://news.example/cafe", 200, "text/html; charset=windows-1252",
          page("Harbour café reopens").getBytes(CP1252)));
      w.write(response("https://news.example/old", 301, "text/html", new byte[0]));
      w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
    }
    List<Outcome<Ingested>> got = read(warc.toString());
    assertEquals(3, got.size(), got.toString());
    RawPage page = (RawPage) ((Outcome.Ok<Ingested>) got.get(0)).value();
    assertEquals("https://news.example/cafe", page.url());
    assertEquals("warc", page.origin().kind());
    assertEquals(warc.toString(), page.origin().location());
    assertTrue(page.origin().record().startsWith("urn:uuid:"), page.origin().record());
    assertEquals(200, page.origin().httpStatus());
    assertEquals(Instant.parse("2024-03-01T10:00:00Z"), page.fetchedAt());
    Article article =
        ((Outcome.Ok<Article>) new DensityArticleExtractor().extract(page)).value();
    assertTrue(article.text().startsWith("The café on the harbour"), article.text());
    assertInstanceOf(Outcome.Skipped.class, got.get(1));
    assertInstanceOf(Outcome.Skipped.class, got.get(2));
  }

  @Test
  void aCorruptWarcIsOneFailureNotACrash() throws Exception {
    Path warc = dir.resolve("bad.warc");
    Files.writeString(warc, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort");
    List<Outcome<Ingested>> got = read(warc.toString());
    assertEquals(1, got.size(), got.toString());
    assertInstanceOf(Outcome.Failed.class, got.get(0));
  }

  private static WarcResponse response(String url, int status, String type, byte[] body)
      throws IOException {
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2024-03-01T10:00:00Z"))
        .body(new HttpResponse.Builder(status, "X").body(MediaType.parse(type), body).build())
        .build();
  }

  @Test
  void anRssFeedGivesFullTextEntriesAsArticlesAndFetchesTheLinkedOnes() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    server.page("/linked", "text/html; charset=utf-8", page("Linked story"));
    String rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            + "<title>Harbour Times</title>"
            + "<item><title>Full</title><link>" + server.url("/full") + "</link><guid>g-1</guid>"
            + "<pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate>"
            + "<content:encoded><![CDATA[" + STORY + "]]></content:encoded></item>"
            + "<item><title>Linked</title><link>" + server.url("/linked") + "</link>"
            + "<description>Short teaser.</description></item>"
            + "<item><title>Known</title><link>" + server.url("/known") + "</link></item>"
            + "<item><title>Gone</title><link>" + server.url("/gone") + "</link></item>"
            + "</channel></rss>";
    server.page("/feed.xml", "application/rss+xml", rss);
    memory.stored.add(server.url("/known"));
    List<Outcome<Ingested>> got = read(server.url("/feed.xml"));
    assertEquals(3, got.size(), got.toString());
    Article full = (Article) ((Outcome.Ok<Ingested>) got.get(0)).value();
    assertEquals("Harbour Times", full.site());
    assertEquals("2024-03-04", full.published().date().toString());
    assertEquals("feed", full.provenance().origin().kind());
    assertEquals("g-1", full.provenance().origin().record());
    assertEquals(200, full.provenance().origin().httpStatus());
    RawPage linked = (RawPage) ((Outcome.Ok<Ingested>) got.get(1)).value();
    assertEquals(server.url("/linked"), linked.url());
    assertEquals(server.url("/feed.xml"), linked.origin().location());
    assertEquals(ProblemCode.FETCH_FAILED, ((Outcome.Failed<Ingested>) got.get(2)).problem().code());
    assertEquals(0, server.hits("/known"));
  }

  @Test
  void atomAndJsonFeedsFromFiles() throws IOException {
    Path atom = dir.resolve("feed.atom");
    Files.writeString(
        atom,
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Post</title>"
            + "<entry><id>tag:a,2024:1</id><title>A</title><link rel=\"alternate\" href=\"https://a.example/1\"/>"
            + "<published>2024-03-05T08:00:00Z</published><content type=\"html\">"
            + STORY.replace("<", "&lt;").replace(">", "&gt;") + "</content></entry></feed>");
    Article a = (Article) ((Outcome.Ok<Ingested>) read(atom.toString()).get(0)).value();
    assertEquals("https://a.example/1", a.url());
    assertEquals("Atom Post", a.site());
    assertTrue(a.text().startsWith("The café on the harbour"), a.text());
    assertEquals(3, a.text().split("\n\n").length);

    Path json = dir.resolve("feed.json");
    Files.writeString(
        json,
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"JSON Daily\", \"items\": [{"
            + "\"id\": \"j1\", \"url\": \"https://j.example/1\", \"date_published\": \"2024-03-06\","
            + " \"content_text\": \"" + "A long paragraph about the harbour. ".repeat(12) + "\"}]}");
    Article j = (Article) ((Outcome.Ok<Ingested>) read(json.toString()).get(0)).value();
    assertEquals("JSON Daily", j.site());
    assertEquals("j1", j.provenance().origin().record());
    assertEquals("2024-03-06", j.published().date().toString());
  }

  @Test
  void aSitemapIndexLeadsToNewsSitemapsAndTheirPages() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.page("/p1", "text/html; charset=utf-8", page("One"));
    server.page("/private/p2", "text/html; charset=utf-8", page("Two"));
    server.page(
        "/news-sitemap.xml",
        "application/xml",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + "<url><loc>" + server.url("/p1") + "</loc><news:news><news:title>One</news:title>"
            + "<news:publication_date>2024-03-07</news:publication_date></news:news></url>"
            + "<url><loc>" + server.url("/private/p2") + "</loc></url></urlset>");
    server.page(
        "/sitemap.xml",
        "application/xml",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + server.url("/news-sitemap.xml") + "</loc></sitemap></sitemapindex>");
    List<Outcome<Ingested>> got = read(server.url("/sitemap.xml"));
    assertEquals(2, got.size(), got.toString());
    RawPage p1 = (RawPage) ((Outcome.Ok<Ingested>) got.get(0)).value();
    assertEquals("sitemap", p1.origin().kind());
    assertEquals(server.url("/news-sitemap.xml"), p1.origin().location());
    assertEquals(ProblemCode.BLOCKED, ((Outcome.Failed<Ingested>) got.get(1)).problem().code());
  }

  @Test
  void aPageThatLiesAboutItsCharsetStillGivesAnOutcome() {
    server.page("/robots.txt", "text/plain", "");
    server.page("/lies", "text/html; charset=utf-8", page("Harbour café reopens").getBytes(CP1252));
    server.page(
        "/honest", "text/html; charset=windows-1252", page("Harbour café reopens").getBytes(CP1252));
    DensityArticleExtractor extractor = new DensityArticleExtractor();
    Outcome<Article> honest =
        extractor.extract((RawPage) ((Outcome.Ok<Ingested>) read(server.url("/honest")).get(0)).value());
    assertTrue(((Outcome.Ok<Article>) honest).value().text().contains("café"));
    Outcome<Article> lying =
        extractor.extract((RawPage) ((Outcome.Ok<Ingested>) read(server.url("/lies")).get(0)).value());
    assertTrue(lying instanceof Outcome.Ok || lying instanceof Outcome.Failed, lying.toString());
  }
}
