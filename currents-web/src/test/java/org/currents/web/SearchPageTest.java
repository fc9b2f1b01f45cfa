package org.currents.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.currents.web.html.Pages;
import org.currents.web.search.EventIndex;
import org.currents.web.search.Hit;
import org.currents.web.search.Hits;
import org.currents.web.search.SearchQuery;
import org.currents.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * The search page, rendered as bytes with its constant parts encoded once per portal, is the page
 * {@code main} at 937e5bf rendered as a String and encoded per request: the expected files were
 * written by that version.
 */
class SearchPageTest {
  private static final Path EXPECTED = Path.of("src/test/resources/search-pages");

  private final Pages pages =
      new Pages(new PortalSite(PortalServerTest.portal()), Clock.fixed(Instant.parse("2017-04-08T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void theEmptyFormIsThePageMainRendered() {
    assertPage("empty.html", SearchQuery.of(""), new Hits(0, List.of()), 1);
  }

  @Test
  void hitsWithTheirSnippetsAreThePageMainRendered() {
    SearchQuery fire = SearchQuery.of("fire");
    assertPage("fire.html", fire, new EventIndex(PortalServerTest.portal()).search(fire, 0, Pages.PAGE_OF_HITS), 1);
  }

  @Test
  void filtersUnicodeAndTheHostileAreThePageMainRendered() {
    // Escaped text, characters of two to four UTF-8 bytes and a lone surrogate, which the JDK's
    // encoder writes as '?'; a middle page, so both pager links show.
    SearchQuery q = new SearchQuery("<b>\"port\"</b> – 港 😀 \ud800 & 'x'", LocalDate.of(2017, 4, 1),
        LocalDate.of(2017, 4, 9), "Port of <script>", "Copy Times");
    Hits hits = new Hits(95, List.of(new Hit("e2", "Smoke over the <mark>port</mark> … "), new Hit("e1", null)));
    assertPage("filtered.html", q, hits, 2);
  }

  private void assertPage(String expected, SearchQuery query, Hits hits, int page) {
    GoldenFiles.assertMatches(EXPECTED.resolve(expected), rendered(query, hits, page));
  }

  private String rendered(SearchQuery query, Hits hits, int page) {
    return new String(pages.search(query, hits, page), StandardCharsets.UTF_8);
  }
}
