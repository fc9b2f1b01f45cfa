package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.currents.web.PortalServer;
import org.currents.web.html.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code currents serve} for real: the pipeline fixture and a hostile page
 * (src/test/resources/hostile, see its README) are ingested, the portal is served on a random
 * loopback port, and every page reachable from home is fetched: each link resolves, and no page
 * carries the hostile page's scripts, handlers, markup or {@code javascript:} URLs as live HTML.
 */
class WebPortalTest {
  @TempDir static Path dir;
  private static PortalServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() {
    server = ServedFixture.serve(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyPageReachableFromHomeResolvesAndIsInert() throws Exception {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add("/");
    while (!todo.isEmpty()) {
      String path = todo.poll();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> response = get(path);
      assertEquals(200, response.statusCode(), path);
      if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      Document doc = Jsoup.parse(response.body());
      assertInert(doc, path);
      assertEquals(1, doc.select("h1").size(), path);
      assertEquals(1, doc.select("main").size(), path);
      for (Element a : doc.select("a[href^=/]")) {
        todo.add(a.attr("href"));
      }
    }
    assertTrue(seen.stream().anyMatch(p -> p.startsWith("/entity/")), seen.toString());
    assertTrue(seen.size() > 20, seen.toString());
  }

  @Test
  void theHostilePageIsShownAsText() throws Exception {
    String home = get("/").body();
    assertTrue(home.contains("&lt;script&gt;alert(&#39;"), home);
    String feed = get("/feed.atom").body();
    assertFalse(feed.contains("<script") || feed.contains("javascript:"), feed);
    String api = get("/api/v1/events?limit=200").body();
    assertTrue(api.contains("Storm") || api.contains("storm"), api);
  }

  /**
   * No script but the site's own suggestion file, no event handler, no markup from the input, no
   * URL that is not ours or http(s).
   */
  private static void assertInert(Document doc, String path) {
    assertTrue(doc.select("iframe, b, i, div").isEmpty(), path + "\n" + doc.html());
    for (Element script : doc.select("script")) {
      assertEquals(Pages.SUGGEST_SCRIPT, script.outerHtml(), path);
    }
    for (Element el : doc.getAllElements()) {
      for (Attribute attr : el.attributes()) {
        assertFalse(attr.getKey().startsWith("on"), path + ": " + el.outerHtml());
        if (attr.getKey().equals("href") || attr.getKey().equals("src")) {
          assertTrue(attr.getValue().matches("(/|#|https?://).*"), path + ": " + el.outerHtml());
        }
      }
    }
  }
}
