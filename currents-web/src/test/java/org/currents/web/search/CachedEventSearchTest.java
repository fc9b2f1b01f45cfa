package org.currents.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CachedEventSearchTest {
  /** A search that answers with what it was asked, and remembers each time it was asked. */
  private static final class Recording implements EventSearch {
    final List<String> asked = new ArrayList<>();

    @Override
    public synchronized Hits search(SearchQuery query, int offset, int limit) {
      String key = query.text() + " " + query.from() + " " + offset + "+" + limit;
      asked.add(key);
      return new Hits(1, List.of(new Hit(key, null)));
    }
  }

  @Test
  void theSameQueryAndWindowIsSearchedOnce() {
    Recording index = new Recording();
    CachedEventSearch cached = new CachedEventSearch(index, 10);
    Hits first = cached.search(SearchQuery.of("bank"), 0, 20);
    assertSame(first, cached.search(SearchQuery.of("bank"), 0, 20));
    assertEquals(List.of("bank null 0+20"), index.asked);
  }

  @Test
  void anotherWindowOrFilterIsAnotherSearch() {
    Recording index = new Recording();
    CachedEventSearch cached = new CachedEventSearch(index, 10);
    cached.search(SearchQuery.of("bank"), 0, 20);
    cached.search(SearchQuery.of("bank"), 20, 20);
    cached.search(SearchQuery.of("bank"), 0, 10);
    cached.search(new SearchQuery("bank", LocalDate.parse("2017-04-01"), null, null, null), 0, 20);
    cached.search(SearchQuery.of("Bank"), 0, 20);
    assertEquals(5, index.asked.size());
  }

  @Test
  void itKeepsAtMostItsCapacityAndSearchesADroppedQueryAgain() {
    Recording index = new Recording();
    CachedEventSearch cached = new CachedEventSearch(index, 3);
    for (int i = 0; i < 10; i++) {
      cached.search(SearchQuery.of("q" + i), 0, 20);
      assertTrue(cached.size() <= 3, "kept " + cached.size());
    }
    assertEquals(10, index.asked.size());
    for (int i = 0; i < 10; i++) {
      cached.search(SearchQuery.of("q" + i), 0, 20);
    }
    // At most 3 of the 10 were still kept; the others were searched again.
    assertTrue(index.asked.size() >= 17, "searched " + index.asked.size());
  }

  @Test
  void aQueryAskedAgainStaysWhileOthersComeAndGo() {
    Recording index = new Recording();
    CachedEventSearch cached = new CachedEventSearch(index, 4);
    for (int i = 0; i < 20; i++) {
      cached.search(SearchQuery.of("popular"), 0, 20);
      cached.search(SearchQuery.of("q" + i), 0, 20);
      assertTrue(cached.size() <= 4, "kept " + cached.size());
    }
    assertEquals(1, index.asked.stream().filter(a -> a.startsWith("popular ")).count());
    assertEquals(21, index.asked.size());
  }

  @Test
  void concurrentReadersGetTheSameHits() throws Exception {
    CachedEventSearch cached = new CachedEventSearch(new Recording(), 100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Hits>> answers = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String words = "q" + (i % 20);
        answers.add(pool.submit(() -> cached.search(SearchQuery.of(words), 0, 20)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals("q" + (i % 20) + " null 0+20", answers.get(i).get().hits().get(0).eventId());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCapacityBelowOneIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> new CachedEventSearch(new Recording(), 0));
  }
}
