package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWarmupTest {
  @Test
  void theQueriesAreTheSummariesWordsThenTheirNeighbouringPairs() {
    // "A fire <img src=x onerror=alert(2)> broke out." and "Smoke was seen over the port."
    assertEquals(
        List.of("fire", "onerror", "alert", "broke", "smoke", "seen", "over", "port",
            "fire onerror", "onerror alert", "alert broke", "smoke seen", "seen over", "over port"),
        SearchWarmup.queries(PortalServerTest.portal()));
  }

  @Test
  void searchPagesAndApiSearchesTakeTurnsWithAPageAfterEveryFourth() {
    List<String> paths = SearchWarmup.paths(new PortalSite(PortalServerTest.portal()), 8);
    assertEquals(List.of("/search?q=fire", "/api/v1/search?q=onerror", "/search?q=alert", "/api/v1/search?q=broke",
        "/", "/search?q=smoke", "/api/v1/search?q=seen", "/search?q=over", "/api/v1/search?q=port",
        "/api/v1/events"), paths);
  }

  @Test
  void everyPathItRequestsAnswersOnARealServerWarmedAtStart() throws Exception {
    try (PortalServer server = PortalServer.start(PortalServerTest::portal, "127.0.0.1", 0,
        Clock.fixed(Instant.parse("2017-04-08T12:00:00Z"), ZoneOffset.UTC), 16)) {
      List<String> paths = SearchWarmup.paths(new PortalSite(PortalServerTest.portal()), 60);
      assertTrue(paths.stream().anyMatch(p -> p.startsWith("/news/")), paths.toString());
      assertTrue(paths.stream().anyMatch(p -> p.startsWith("/entity/")), paths.toString());
      HttpClient http = HttpClient.newHttpClient();
      for (String path : paths) {
        HttpResponse<Void> response = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode(), path);
      }
    }
  }

  @Test
  void noSearchesAreNoRequests() {
    assertEquals(List.of(), SearchWarmup.paths(new PortalSite(PortalServerTest.portal()), 0));
  }
}
