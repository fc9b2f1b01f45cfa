package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.currents.model.Portal;
import org.currents.web.api.ApiJson;
import org.currents.web.html.Pages;
import org.currents.web.search.EventIndex;
import org.currents.web.search.EventSearch;
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
  void itSearchesTheIndexItIsGivenCyclingThroughTheQueries() {
    Portal portal = PortalServerTest.portal();
    PortalSite site = new PortalSite(portal);
    EventIndex index = new EventIndex(portal);
    List<String> asked = new ArrayList<>();
    EventSearch recording = (query, offset, limit) -> {
      asked.add(query.text() + " " + offset + "+" + limit);
      return index.search(query, offset, limit);
    };
    Pages pages = new Pages(site, Clock.fixed(Instant.parse("2017-04-08T12:00:00Z"), ZoneOffset.UTC));
    assertEquals(16, SearchWarmup.run(portal, recording, pages, new ApiJson(site), 16));
    assertEquals(16, asked.size());
    assertEquals("fire 0+20", asked.get(0));
    assertEquals("fire 0+20", asked.get(14));
    assertEquals("onerror 0+20", asked.get(15));
  }

  @Test
  void noSearchesIsNoWork() {
    Portal portal = PortalServerTest.portal();
    PortalSite site = new PortalSite(portal);
    EventSearch failing = (query, offset, limit) -> {
      throw new AssertionError("searched");
    };
    Pages pages = new Pages(site, Clock.systemUTC());
    assertEquals(0, SearchWarmup.run(portal, failing, pages, new ApiJson(site), 0));
  }
}
