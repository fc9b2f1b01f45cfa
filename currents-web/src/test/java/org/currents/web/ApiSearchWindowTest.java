package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.currents.web.api.ApiJson;
import org.currents.web.search.Hits;
import org.currents.web.search.SearchQuery;
import org.junit.jupiter.api.Test;

class ApiSearchWindowTest {
  private final ApiJson api = new ApiJson(new PortalSite(PortalServerTest.portal()));

  @Test
  void noNextLinkAsksPastTheDeepestRank() {
    Hits many = new Hits(5_000, List.of());
    String first = api.search(SearchQuery.of("fire"), many, new ApiJson.Window(0, 20, "/api/v1/search?q=fire"));
    String last = api.search(SearchQuery.of("fire"), many, new ApiJson.Window(980, 20, "/api/v1/search?q=fire"));
    assertTrue(first.contains("\"next\":\"/api/v1/search?q=fire&offset=20&limit=20\""), first);
    assertTrue(last.contains("\"next\":null"), last);
  }
}
