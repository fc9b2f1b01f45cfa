package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.currents.model.Article;
import org.currents.model.DateSource;
import org.currents.model.Entity;
import org.currents.model.EntityType;
import org.currents.model.Event;
import org.currents.model.EventLink;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.currents.model.Story;
import org.currents.model.Summary;
import org.currents.model.WeightedEntity;
import org.currents.web.html.Pages;
import org.currents.web.search.EventIndex;
import org.currents.web.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server for real, on a random loopback port, over a small hand-built portal whose texts and
 * URLs are hostile (script tags, event-handler attributes, {@code javascript:} links), as a web
 * page could make them. The whole pipeline over real pages is tested from the CLI.
 */
class PortalServerTest {
  private static final Instant NOW = Instant.parse("2017-04-08T12:00:00Z");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ONERROR = "<img src=x onerror=alert(2)>";

  private static PortalServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = PortalServer.start(PortalServerTest::portal, "127.0.0.1", 0, Clock.fixed(NOW, ZoneOffset.UTC), 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Portal portal() {
    Article hostile = article("a1", "javascript:alert(3)", "Fire " + SCRIPT, "Evil <b>News</b>",
        OffsetDateTime.parse("2017-04-08T10:00:00Z"), "javascript:alert(4)");
    Article plain = article("a2", "https://news.example/fire", "Fire in the port", "Example News",
        OffsetDateTime.parse("2017-04-07T09:00:00Z"), null);
    Article copy = article("a3", "https://copy.example/fire", "Fire in the port", "Copy Times",
        OffsetDateTime.parse("2017-04-08T11:00:00Z"), null);
    WeightedEntity port = new WeightedEntity("Port of " + SCRIPT, EntityType.PLACE, 2.0);
    PortalEvent fire = new PortalEvent(
        new Event("e1", LocalDate.of(2017, 4, 8), List.of("a1"), List.of(port)),
        new Summary("A fire " + ONERROR + " broke out.", "Lead " + SCRIPT, "javascript:alert(5)", "a1", 0, "A fire " + ONERROR + " broke out on Monday " + SCRIPT + "."),
        List.of("a1", "a3"),
        List.of(new EventLink("e1", "e2", 0.5, List.of("Port of " + SCRIPT))));
    PortalEvent earlier = new PortalEvent(
        new Event("e2", LocalDate.of(2017, 4, 7), List.of("a2"), List.of(port)),
        new Summary("Smoke was seen over the port.", "The port was closed.", "https://news.example/i.jpg", "a2", 1, "Smoke was seen over the port on Monday."),
        List.of("a2"),
        List.of(new EventLink("e2", "e1", 0.5, List.of("Port of " + SCRIPT))));
    return new Portal(
        List.of(fire, earlier),
        Map.of("a1", hostile, "a2", plain, "a3", copy),
        List.of(new Entity(port.canonicalName(), EntityType.PLACE, List.of("the <port>"), List.of("a1", "a2"))),
        Map.of("a3", "a1"),
        List.of(new Story("s1", "Port " + SCRIPT, List.of("e2", "e1"), List.of(port.canonicalName()))),
        Map.of());
  }

  private static Article article(String id, String url, String title, String site, OffsetDateTime at, String image) {
    return new Article(id, url, title, null, PublishDate.of(at, DateSource.META), site, "en", image,
        "Body " + SCRIPT + " of " + title + ".", new Provenance(id + ".html", url, at.toInstant(), "h" + id));
  }

  private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    return response.body();
  }

  /** The hostile strings appear only escaped (the site's own script aside); the whole-pipeline test parses every page. */
  private static void assertInert(String page) {
    String html = page.replace(Pages.SUGGEST_SCRIPT, "");
    for (String live : List.of("<script", "<img src=x", "<b>", "href=\"javascript", "src=\"javascript")) {
      assertFalse(html.contains(live), live + " in\n" + html);
    }
  }

  @Test
  void everyPageEscapesWhatCameFromTheWeb() throws Exception {
    String home = page("/");
    for (String path : List.of("/", "/news/2017/04/8", "/news/2017/04/7/", "/news/2017/04/8/a-fire-img-src-x-onerror-alert-2-broke-out",
        "/news/2017/04/7/smoke-was-seen-over-the-port", "/entity/port-of-script-alert-1-script", "/story/port-script-alert-1-script")) {
      String html = page(path);
      assertInert(html);
      assertTrue(html.contains("<main id=\"main\">") && html.contains("<h1>"), path);
    }
    assertTrue(home.contains("A fire &lt;img src=x onerror=alert(2)&gt; broke out."), home);
    String feed = get("/feed.atom").body();
    assertFalse(feed.contains("<script") || feed.contains("<img") || feed.contains("javascript:"), feed);
  }

  @Test
  void theEventPageShowsSummarySourcesCopiesRelatedEntitiesAndStory() throws Exception {
    String html = page("/news/2017/04/8/a-fire-img-src-x-onerror-alert-2-broke-out");
    assertTrue(html.contains("Lead &lt;script&gt;"), html);
    assertTrue(html.contains("Summary from Evil &lt;b&gt;News&lt;/b&gt;: Fire &lt;script&gt;"), html);
    assertTrue(html.contains("<a href=\"/outlet/copy-times\">Copy Times</a>: "
        + "<a href=\"https://copy.example/fire\" rel=\"nofollow noopener\">Fire in the port</a>"), html);
    assertTrue(html.contains("(syndicated copy of Evil &lt;b&gt;News&lt;/b&gt;)"), html);
    assertTrue(html.contains("<a href=\"/news/2017/04/7/smoke-was-seen-over-the-port\">"), html);
    assertTrue(html.contains("<a href=\"/entity/port-of-script-alert-1-script\">"), html);
    assertTrue(html.contains("<a href=\"/story/port-script-alert-1-script\">"), html);
    assertTrue(html.contains("1 hour ago"), html);
    assertFalse(html.contains("<img"), "a javascript: cover image is dropped");
    String earlier = page("/news/2017/04/7/smoke-was-seen-over-the-port");
    assertTrue(earlier.contains("<img class=\"cover\" src=\"https://news.example/i.jpg\" alt=\""), earlier);
  }

  @Test
  void anEntityPageDrawsItsCoverageByMonth() throws Exception {
    String html = page("/entity/port-of-script-alert-1-script");
    assertTrue(html.contains("<svg class=\"chart\"") && html.contains("role=\"img\""), html);
    assertTrue(html.contains("2 events from 2017-04-07 to 2017-04-08, counted by month."), html);
    assertTrue(html.contains("<title>2017-04: 2</title>"), html);
  }

  @Test
  void anOutletPageListsWhatItCovered() throws Exception {
    String copy = page("/outlet/copy-times");
    assertTrue(copy.contains("1 event covered") && copy.contains("/news/2017/04/8/a-fire"), copy);
    String evil = page("/outlet/evil-b-news-b");
    assertInert(evil);
    assertTrue(evil.contains("<h1>Evil &lt;b&gt;News&lt;/b&gt;</h1>"), evil);
    assertEquals(404, get("/outlet/nobody").statusCode());
  }

  @Test
  void homeShowsRelativeTimesAndDaysLinkEachOther() throws Exception {
    String home = page("/");
    assertTrue(home.contains("1 hour ago") && home.contains("1 day ago"), home);
    String newer = page("/news/2017/04/8");
    assertTrue(newer.contains("<a href=\"/news/2017/04/7\">"), newer);
    String older = page("/news/2017/04/7");
    assertTrue(older.contains("<a href=\"/news/2017/04/8\">"), older);
  }

  @Test
  void unknownPagesAre404() throws Exception {
    for (String path : List.of("/news/2017/04/8/no-such-event", "/news/2017/13/40", "/news/2017/04/9", "/entity/nobody",
        "/story/none", "/nothing")) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("<h1>Not found</h1>"), path);
    }
    assertEquals(404, get("/api/v1/events/nope").statusCode());
    assertEquals(400, get("/api/v1/events?limit=0").statusCode());
    assertEquals(400, get("/api/v1/events?offset=x").statusCode());
  }

  @Test
  void theApiPagesEventsAndServesDetails() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> first = get("/api/v1/events?limit=1");
    assertEquals(200, first.statusCode());
    assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode page = json.readTree(first.body());
    assertEquals(2, page.get("total").asInt());
    assertEquals("e1", page.get("events").get(0).get("id").asText());
    assertEquals("/api/v1/events?offset=1&limit=1", page.get("next").asText());
    JsonNode second = json.readTree(get(page.get("next").asText()).body());
    assertEquals("e2", second.get("events").get(0).get("id").asText());
    assertTrue(second.get("next").isNull());

    JsonNode event = json.readTree(get("/api/v1/events/e1").body());
    assertEquals("a1", event.get("summary_from").get("article").asText());
    assertEquals("A fire " + ONERROR + " broke out on Monday " + SCRIPT + ".", event.get("summary_from").get("text").asText());
    assertTrue(event.get("sources").get(1).get("syndicated").asBoolean());
    assertEquals("s1", event.get("story").asText());
    JsonNode entities = json.readTree(get("/api/v1/entities").body());
    String name = entities.get("entities").get(0).get("name").asText();
    JsonNode entity = json.readTree(get("/api/v1/entities/" + segment(name)).body());
    assertEquals(2, entity.get("events").asInt());
    assertEquals("/api/v1/entities/" + segment(name) + "/events", entity.get("events_url").asText());
    assertEquals("s1", json.readTree(get("/api/v1/stories").body()).get("stories").get(0).get("id").asText());
  }

  private static String segment(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return new ObjectMapper().readTree(response.body());
  }

  /** The ids of a page's events. */
  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  @Test
  void eventsByDayEntityStoryAndOutletArePaged() throws Exception {
    JsonNode days = api("/api/v1/days");
    assertEquals("2017-04-08", days.get("days").get(0).get("day").asText());
    assertEquals("/api/v1/days/2017-04-08/events", days.get("days").get(0).get("events_url").asText());
    assertEquals(List.of("e2"), ids(api("/api/v1/days/2017-04-07/events")));
    assertEquals(404, get("/api/v1/days/2017-04-09/events").statusCode());
    assertEquals(400, get("/api/v1/days/yesterday/events").statusCode());

    String entity = "/api/v1/entities/" + segment("Port of " + SCRIPT) + "/events";
    JsonNode first = api(entity + "?limit=1");
    assertEquals(List.of("e2"), ids(first), "oldest first");
    assertEquals(2, first.get("total").asInt());
    assertEquals(entity + "?offset=1&limit=1", first.get("next").asText());
    JsonNode second = api(first.get("next").asText());
    assertEquals(List.of("e1"), ids(second));
    assertTrue(second.get("next").isNull());

    JsonNode story = api("/api/v1/stories/s1");
    assertEquals("/api/v1/stories/s1/events", story.get("events_url").asText());
    assertEquals(List.of("e2", "e1"), ids(api(story.get("events_url").asText())));
    assertEquals(404, get("/api/v1/stories/none/events").statusCode());

    JsonNode outlets = api("/api/v1/outlets");
    assertEquals(3, outlets.get("total").asInt());
    JsonNode copy = outlets.get("outlets").get(0);
    assertEquals("Copy Times", copy.get("name").asText());
    assertEquals("/outlet/copy-times", copy.get("path").asText());
    assertEquals(1, copy.get("events").asInt());
    assertEquals(List.of("e1"), ids(api(copy.get("events_url").asText())));
    assertEquals(404, get("/api/v1/outlets/Nobody/events").statusCode());
  }

  @Test
  void articlesAreListedNewestFirstAndShownWithTheirProvenance() throws Exception {
    JsonNode list = api("/api/v1/articles?limit=2");
    assertEquals(3, list.get("total").asInt());
    assertEquals("a3", list.get("articles").get(0).get("id").asText());
    assertEquals("a1", list.get("articles").get(1).get("id").asText());
    assertFalse(list.get("articles").get(0).has("text"), "lists leave texts out");
    assertEquals("/api/v1/articles?offset=2&limit=2", list.get("next").asText());

    JsonNode a1 = api("/api/v1/articles/a1");
    assertEquals("Evil <b>News</b>", a1.get("outlet").asText(), "JSON carries text as it is; pages escape it");
    assertEquals("meta", a1.get("date_source").asText());
    assertEquals("a1.html", a1.get("provenance").get("source").asText());
    assertEquals("file", a1.get("provenance").get("kind").asText());
    assertEquals("2017-04-08T10:00:00Z", a1.get("provenance").get("fetched_at").asText());
    assertEquals("ha1", a1.get("provenance").get("content_hash").asText());
    assertEquals("[\"e1\"]", a1.get("events").toString());
    assertTrue(a1.get("text").asText().startsWith("Body "));
    assertEquals(404, get("/api/v1/articles/none").statusCode());
  }

  @Test
  void apiSearchPagesItsHitsAndKeepsTheQueryInNextLinks() throws Exception {
    JsonNode first = api("/api/v1/search?q=body&limit=1");
    assertEquals(2, first.get("total").asInt());
    assertEquals("body", first.get("query").asText());
    assertEquals("/api/v1/search?q=body&offset=1&limit=1", first.get("next").asText());
    assertTrue(first.get("events").get(0).get("snippet").asText().contains("<mark>Body</mark>"));
    JsonNode second = api(first.get("next").asText());
    assertEquals(1, second.get("events").size());
    assertTrue(second.get("next").isNull());
    assertEquals(List.of("e1"), ids(api("/api/v1/search?q=body&from=2017-04-08")));
    assertEquals(List.of("e1"), ids(api("/api/v1/search?outlet=Copy+Times")));
    assertEquals(2, api("/api/v1/search?entity=" + segment("Port of " + SCRIPT)).get("total").asInt());
    assertEquals(400, get("/api/v1/search?q=body&offset=990&limit=20").statusCode());
  }

  @Test
  void suggestionsCompleteEntityNamesAndEventSummaries() throws Exception {
    JsonNode port = api("/api/v1/suggest?q=por");
    List<String> texts = new ArrayList<>();
    port.get("suggestions").forEach(s -> texts.add(s.get("text").asText()));
    assertEquals("Port of " + SCRIPT, texts.get(0), "the entity weighs most");
    assertEquals("entity", port.get("suggestions").get(0).get("kind").asText());
    assertEquals("/entity/port-of-script-alert-1-script", port.get("suggestions").get(0).get("path").asText());
    JsonNode smoke = api("/api/v1/suggest?q=smo&limit=1");
    assertEquals("Smoke was seen over the port.", smoke.get("suggestions").get(0).get("text").asText());
    assertEquals("event", smoke.get("suggestions").get(0).get("kind").asText());
    assertEquals(0, api("/api/v1/suggest?q=").get("suggestions").size());
    assertEquals(400, get("/api/v1/suggest?q=x&limit=100").statusCode());
    String form = page("/search");
    assertTrue(form.contains("list=\"words\"") && form.contains("<datalist id=\"words\">"), form);
    assertTrue(form.contains("<script src=\"/suggest.js\" defer></script>"), form);
    HttpResponse<String> script = get("/suggest.js");
    assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(script.body().contains("/api/v1/suggest") && !script.body().contains("innerHTML"));
  }

  @Test
  void badParametersOnPagesAnswerAnHtmlPageAndOnTheApiAJsonProblem() throws Exception {
    for (String path : List.of("/search?q=x&from=yesterday", "/search?q=x&page=0", "/search?q=x&page=two")) {
      HttpResponse<String> response = get(path);
      assertEquals(400, response.statusCode(), path);
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(response.body().contains("<h1>Bad request</h1>") && response.body().contains("<main id=\"main\">"), path);
    }
    assertTrue(get("/search?q=x&from=%3Cscript%3E").body().contains("from is not a day (YYYY-MM-DD): &lt;script&gt;"));
    HttpResponse<String> api = get("/api/v1/events?limit=x");
    assertEquals(400, api.statusCode());
    JsonNode problem = new ObjectMapper().readTree(api.body());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("limit is not a number: x", problem.get("detail").asText());
    JsonNode missing = new ObjectMapper().readTree(get("/api/v1/nothing").body());
    assertEquals(404, missing.get("status").asInt());
  }

  @Test
  void searchPagesLinkTheirNeighbours() throws Exception {
    // Two hits fit one page: the pager appears only past the first page.
    assertFalse(page("/search?q=body").contains("Next page"));
    String second = page("/search?q=body&entity=x&page=2");
    assertTrue(second.contains("<a href=\"/search?q=body&amp;entity=x&amp;page=1\">← Previous page</a>"), second);
    assertTrue(second.contains("<ol class=\"events\" start=\"21\">"), second);
  }

  /**
   * The OpenAPI document is valid OpenAPI 3 (swagger-parser, resolving every reference), and it
   * and the server agree: every path it lists answers with the fields its schema requires, and
   * every API route the server has is listed.
   */
  @Test
  void theOpenApiDocumentValidatesAndDescribesWhatIsServed() throws Exception {
    String text = get("/api/v1/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
    assertNotNull(parsed.getOpenAPI(), "not an OpenAPI document");
    assertEquals(List.of(), parsed.getMessages());

    ObjectMapper json = new ObjectMapper();
    JsonNode doc = json.readTree(text);
    assertEquals("3.0.3", doc.get("openapi").asText());
    String entity = segment("Port of " + SCRIPT);
    Map<String, String> examples = Map.of(
        "/api/v1/events/{id}", "/api/v1/events/e1",
        "/api/v1/stories/{id}", "/api/v1/stories/s1",
        "/api/v1/stories/{id}/events", "/api/v1/stories/s1/events",
        "/api/v1/articles/{id}", "/api/v1/articles/a1",
        "/api/v1/entities/{name}", "/api/v1/entities/" + entity,
        "/api/v1/entities/{name}/events", "/api/v1/entities/" + entity + "/events",
        "/api/v1/outlets/{name}/events", "/api/v1/outlets/Copy%20Times/events",
        "/api/v1/days/{day}/events", "/api/v1/days/2017-04-08/events",
        "/api/v1/search", "/api/v1/search?q=port",
        "/api/v1/suggest", "/api/v1/suggest?q=port");
    List<String> documented = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    for (String path : documented) {
      String url = examples.getOrDefault(path, path);
      assertFalse(url.contains("{"), "no example for " + path);
      JsonNode body = api(url);
      String ref = doc.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content/application~1json/schema/$ref").asText();
      if (!ref.isEmpty()) {
        for (String field : required(doc, ref)) {
          assertTrue(body.has(field), url + " lacks " + field);
        }
      }
    }
    List<String> routed = server.routes().stream().filter(r -> r.startsWith("/api/")).sorted().toList();
    assertEquals(routed, documented.stream().sorted().toList(), "the API routes and the document differ");
  }

  /** Whatever fails inside a handler, the client sees a plain page or problem, never the exception. */
  @Test
  void failuresAnswer500WithoutTheirStackTrace() throws Exception {
    Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
    app.get("/boom", ctx -> {
      throw new IllegalStateException("secret internal state");
    });
    app.get("/api/v1/boom", ctx -> {
      throw new IllegalStateException("secret internal state");
    });
    Pages pages = new Pages(new PortalSite(portal()), Clock.fixed(NOW, ZoneOffset.UTC));
    Failures.map(app, () -> pages);
    app.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      HttpResponse<String> html = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/boom")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, html.statusCode());
      assertTrue(html.body().contains("<h1>Something went wrong</h1>"), html.body());
      HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/boom")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, api.statusCode());
      assertEquals(500, new ObjectMapper().readTree(api.body()).get("status").asInt());
      for (String body : List.of(html.body(), api.body())) {
        assertFalse(body.contains("secret") || body.contains("IllegalStateException") || body.contains("at org."), body);
      }
    } finally {
      app.stop();
    }
  }

  /** The fields a schema requires, through {@code allOf}. */
  private static List<String> required(JsonNode doc, String ref) {
    JsonNode schema = doc.at(ref.substring(1));
    List<String> fields = new ArrayList<>();
    schema.path("required").forEach(f -> fields.add(f.asText()));
    schema.path("allOf").forEach(part -> {
      if (part.has("$ref")) {
        fields.addAll(required(doc, part.get("$ref").asText()));
      }
      part.path("required").forEach(f -> fields.add(f.asText()));
    });
    return fields;
  }

  @Test
  void responsesCarryETagsAndRevalidate() throws Exception {
    HttpResponse<String> first = get("/api/v1/events");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(PortalServer.CACHE_CONTROL, first.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(304, get("/api/v1/events", "If-None-Match", etag).statusCode());
    assertEquals(200, get("/api/v1/events", "If-None-Match", "\"other\"").statusCode());
    assertTrue(get("/").headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
  }

  /** The search page for "fire" as the portal renders it, before any server touches it. */
  private static byte[] renderedSearchForFire() {
    SearchQuery fire = SearchQuery.of("fire");
    return new Pages(new PortalSite(portal()), Clock.fixed(NOW, ZoneOffset.UTC))
        .search(fire, new EventIndex(portal()).search(fire, 0, Pages.PAGE_OF_HITS), 1);
  }

  /** Written to the response stream by the portal itself: every byte arrives, and 304 still works. */
  @Test
  void theSearchPageIsSentWholeAsRenderedAndRevalidates() throws Exception {
    HttpResponse<byte[]> served = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search?q=fire")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    byte[] rendered = renderedSearchForFire();
    assertArrayEquals(rendered, served.body());
    // Jetty writes the type without the space: text/html;charset=utf-8.
    assertEquals("text/html;charset=utf-8", served.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    String etag = served.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("/search?q=fire", "If-None-Match", etag).statusCode());
    assertEquals(String.valueOf(rendered.length), served.headers().firstValue("Content-Length").orElseThrow());
    assertEquals("Accept-Encoding", served.headers().firstValue("Vary").orElseThrow());
  }

  /** Written to the response stream, a page is still compressed for a client that asks. */
  @Test
  void theSearchPageIsGzippedForAClientThatAsks() throws Exception {
    HttpResponse<byte[]> served = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search?q=fire"))
            .header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", served.headers().firstValue("Content-Encoding").orElseThrow());
    byte[] rendered = renderedSearchForFire();
    try (java.util.zip.GZIPInputStream unzipped =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(served.body()))) {
      assertArrayEquals(rendered, unzipped.readAllBytes());
    }
    assertEquals(String.valueOf(served.body().length), served.headers().firstValue("Content-Length").orElseThrow());
    // The gzip form is another representation: its own validator, which revalidates only it.
    String etag = served.headers().firstValue("ETag").orElseThrow();
    assertNotEquals(get("/search?q=fire").headers().firstValue("ETag").orElseThrow(), etag);
    assertEquals(304, get("/search?q=fire", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode());
    assertEquals(200, get("/search?q=fire", "If-None-Match", etag).statusCode());
  }

  /** A body kept (here the API document) is compressed for the first client that asks, and sent so to the next. */
  @Test
  void aKeptBodyIsGzippedTheSameForEveryClient() throws Exception {
    HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/openapi.json"))
        .header("Accept-Encoding", "br;q=1, gzip;q=0.8").build();
    byte[] first = HTTP.send(home, HttpResponse.BodyHandlers.ofByteArray()).body();
    HttpResponse<byte[]> second = HTTP.send(home, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", second.headers().firstValue("Content-Encoding").orElseThrow());
    assertArrayEquals(first, second.body());
    HttpResponse<String> refused = get("/api/v1/openapi.json", "Accept-Encoding", "gzip;q=0, *");
    assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    assertTrue(refused.body().startsWith("{"), refused.body());
  }

  @Test
  void searchFindsEventsBySummaryAndArticleAndEscapesTheQuery() throws Exception {
    String smoke = page("/search?q=smoke");
    assertTrue(smoke.contains("1 event found.") && smoke.contains("/news/2017/04/7/smoke-was-seen-over-the-port"), smoke);
    String body = page("/search?q=body");
    assertTrue(body.contains("2 events found."), body);
    assertTrue(page("/search?q=body&from=2017-04-08").contains("1 event found."));
    assertTrue(page("/search?q=body&to=2017-04-07").contains("/news/2017/04/7/smoke"));
    assertTrue(page("/search?outlet=Copy+Times").contains("1 event found."));
    assertTrue(page("/search?entity=Port+of+%3Cscript%3Ealert(1)%3C%2Fscript%3E").contains("2 events found."));
    assertTrue(page("/search?q=body&entity=Nobody").contains("0 events found."));
    assertEquals(400, get("/search?q=x&from=yesterday").statusCode());
    String form = page("/search");
    assertTrue(form.contains("list=\"entities\"") && form.contains("<option value=\"Port of &lt;script&gt;"), form);
    assertTrue(form.contains("<datalist id=\"outlets\"><option value=\"Copy Times\">"), form);
    String snippets = page("/search?q=alert");
    assertInert(snippets);
    assertTrue(snippets.contains("<span class=\"snippet\">Body &lt;script&gt;<mark>alert</mark>(1)&lt;&#x2F;script&gt;"), snippets);
    String hostile = page("/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
    assertInert(hostile);
    assertTrue(hostile.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), hostile);
    assertTrue(page("/search?q=%22unclosed").contains("0 events found."));
    JsonNode api = new ObjectMapper().readTree(get("/api/v1/search?q=port+closed").body());
    assertEquals("e2", api.get("events").get(0).get("id").asText());
    assertEquals(400, get("/api/v1/search?q=x&limit=1000").statusCode());
    assertEquals("e2", api.get("events").get(0).get("id").asText());
  }

  @Test
  void theAtomFeedListsTheLatestEvents() throws Exception {
    HttpResponse<String> feed = get("/feed.atom");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    String xml = feed.body();
    assertTrue(xml.indexOf("urn:currents:event:e1") < xml.indexOf("urn:currents:event:e2"), xml);
    assertTrue(xml.contains("/news/2017/04/8/a-fire-img-src-x-onerror-alert-2-broke-out\"/>"), xml);
    assertTrue(xml.contains("<updated>2017-04-08T11:00:00Z</updated>"), xml);
    for (String page : List.of("/entity/port-of-script-alert-1-script", "/story/port-script-alert-1-script")) {
      String about = get(page + "/feed.atom").body();
      assertTrue(about.contains("<title>Currents: Port") && about.contains("urn:currents:event:e2"), about);
      assertTrue(about.indexOf("urn:currents:event:e1") < about.indexOf("urn:currents:event:e2"), about);
      assertTrue(page(page).contains("href=\"" + page + "/feed.atom\""), page);
    }
    assertEquals(404, get("/entity/nobody/feed.atom").statusCode());
  }
}
