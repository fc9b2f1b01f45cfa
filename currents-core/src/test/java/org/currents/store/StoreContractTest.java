package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.EventMove;
import org.currents.model.Origin;
import org.currents.model.Outcome;
import org.currents.model.Problem;
import org.currents.model.ProblemCode;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.currents.model.StoredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, whatever database it runs on: each subclass gives a fresh location
 * (the embedded SQLite file, a PostgreSQL schema) and inherits every test.
 */
abstract class StoreContractTest {
  /** Threads that act as separate processes, each with its own connections. */
  private static final int WRITERS = 4;

  StoreLocation location;

  /** A location that no other test uses, with no store in it yet. */
  abstract StoreLocation freshLocation();

  @BeforeEach
  void createLocation() {
    location = freshLocation();
  }

  Stores open() {
    return Stores.open(location);
  }

  static Article article(String id, String text, PublishDate published) {
    return new Article(
        id,
        "https://example.org/" + id,
        "Title " + id,
        "By Someone",
        published,
        "Example News",
        "en",
        null,
        text,
        new Provenance("input/" + id, null, Instant.parse("2020-01-01T00:00:00Z"), ContentHash.sha256Hex(text)));
  }

  @Test
  void storesAndReadsBackEveryField() {
    PublishDate when =
        new PublishDate(
            LocalDate.of(2017, 4, 7), LocalTime.of(10, 15), ZoneOffset.ofHours(-4), DateSource.META);
    Article a = article("a1", "The government dropped its demand.", when);
    try (Stores stores = open()) {
      assertInstanceOf(Outcome.Ok.class, stores.articles().add(a));
    }
    try (Stores stores = open()) {
      assertEquals(List.of(a), stores.articles().articles());
      assertEquals("2017-04-07T10:15:00-04:00", stores.articles().articles().get(0).published().iso());
    }
  }

  @Test
  void sameIdOrSameTextIsADuplicateAndWritesNothing() {
    try (Stores stores = open()) {
      ArticleStore store = stores.articles();
      store.add(article("a1", "One text.", null));
      Outcome<Article> sameId = store.add(article("a1", "Another text.", null));
      Outcome<Article> sameText = store.add(article("a2", "One text.", null));
      assertEquals("duplicate", sameId.label());
      assertEquals("duplicate", sameText.label());
      assertTrue(((Outcome.Skipped<Article>) sameText).reason().detail().contains("a1"));
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void keepsInsertionOrderAndProblems() {
    try (Stores stores = open()) {
      ArticleStore store = stores.articles();
      store.add(article("z", "Last id, first stored.", null));
      store.add(article("a", "First id, second stored.", null));
      store.recordProblem(new Problem(ProblemCode.BINARY, "bad.html", "NUL bytes"));
      store.recordProblem(new Problem(ProblemCode.EMPTY, "empty.html", "no bytes"));
      assertEquals(List.of("z", "a"), store.articles().stream().map(Article::id).toList());
      assertEquals(
          List.of(
              new Problem(ProblemCode.BINARY, "bad.html", "NUL bytes"),
              new Problem(ProblemCode.EMPTY, "empty.html", "no bytes")),
          store.problems());
    }
  }

  @Test
  void migrationsAreRecordedAndIdempotent() throws Exception {
    open().close();
    try (Stores stores = open()) {
      assertEquals(0, stores.articles().articleCount());
    }
    try (Connection c = location.connect()) {
      assertEquals(Migrations.SCRIPTS.size(), Migrations.currentVersion(c));
    }
  }

  @Test
  void keepsTheOriginOfAFetchedArticle() {
    Article plain = article("w1", "A story read from a WARC record.", null);
    Article fetched =
        plain.withProvenance(
            new Provenance(
                "news.warc.gz#urn:uuid:1",
                "https://example.org/w1?utm=x",
                Instant.parse("2024-03-01T10:00:00Z"),
                plain.provenance().contentHash(),
                new Origin("warc", "news.warc.gz", "urn:uuid:1", 200)));
    try (Stores stores = open()) {
      stores.articles().add(fetched);
      assertEquals(List.of(fetched), stores.articles().articles());
      assertTrue(stores.fetchMemory().isStored("https://example.org/w1?utm=x"));
      assertTrue(stores.fetchMemory().isStored("https://example.org/w1"));
      assertFalse(stores.fetchMemory().isStored("https://example.org/w2"));
    }
  }

  @Test
  void remembersSourcesInTheOrderAddedAndTheLatestValidators() {
    try (Stores stores = open()) {
      SourceList sources = stores.sources();
      assertTrue(sources.addSource("https://example.org/feed"));
      assertTrue(sources.addSource("https://example.net/a-feed-added-later"));
      assertFalse(sources.addSource("https://example.org/feed"));
      sources.recordRead("https://example.org/feed", "fetch-failed", "HTTP status 503 after 4 tries");
      stores.fetchMemory().remember("https://example.org/feed", new FetchMemory.Validators("\"v1\"", null));
      stores.fetchMemory().remember("https://example.org/feed", new FetchMemory.Validators("\"v2\"", "Tue"));
    }
    try (Stores stores = open()) {
      List<SourceList.Source> listed = stores.sources().sources();
      assertEquals(
          List.of("https://example.org/feed", "https://example.net/a-feed-added-later"),
          listed.stream().map(SourceList.Source::location).toList());
      assertEquals("fetch-failed", listed.get(0).lastStatus());
      assertEquals("HTTP status 503 after 4 tries", listed.get(0).lastDetail());
      assertEquals(
          new FetchMemory.Validators("\"v2\"", "Tue"),
          stores.fetchMemory().validators("https://example.org/feed"));
      assertTrue(stores.sources().removeSource("https://example.org/feed"));
      assertFalse(stores.sources().removeSource("https://example.org/feed"));
      assertEquals(1, stores.sources().sources().size());
    }
  }

  @Test
  void replacesTheEventsAtomicallyAndKeepsEveryMove() {
    StoredEvent first = new StoredEvent("e2", "news/2017/04/7/b.md", List.of("a2", "a1"));
    StoredEvent second = new StoredEvent("e1", "news/2017/04/7/a.md", List.of("a3"));
    EventMove move = new EventMove("e0", "news/2017/04/6/old.md", "e1", EventMove.Kind.MERGED);
    try (Stores stores = open()) {
      stores.events().replace(List.of(first, second), List.of());
      stores.events().replace(List.of(second), List.of(move));
    }
    try (Stores stores = open()) {
      assertEquals(List.of(second), stores.events().events());
      assertEquals(List.of(move), stores.events().moves());
      stores.events().replace(List.of(first, second), List.of());
      assertEquals(
          List.of(second, new StoredEvent("e2", "news/2017/04/7/b.md", List.of("a1", "a2"))),
          stores.events().events());
    }
  }

  @Test
  void processesThatOpenANewStoreAtOnceMigrateItOnce() throws Exception {
    List<Integer> counts = inParallel(() -> {
      try (Stores stores = open()) {
        return stores.articles().articleCount();
      }
    });
    assertEquals(List.of(0, 0, 0, 0), counts);
    try (Connection c = location.connect()) {
      assertEquals(Migrations.SCRIPTS.size(), Migrations.currentVersion(c));
    }
  }

  @Test
  void writersAtOnceStoreEachArticleOnceInOrder() throws Exception {
    open().close();
    List<Integer> stored = inParallel(() -> {
      int ok = 0;
      try (Stores stores = open()) {
        for (int i = 0; i < 25; i++) {
          Outcome<Article> o = stores.articles().add(article("a" + i, "Text number " + i + ".", null));
          ok += o instanceof Outcome.Ok ? 1 : 0;
          assertTrue(o instanceof Outcome.Ok || o.label().equals("duplicate"), o.label());
        }
      }
      return ok;
    });
    assertEquals(25, stored.stream().mapToInt(Integer::intValue).sum());
    try (Stores stores = open()) {
      List<String> ids = stores.articles().articles().stream().map(Article::id).toList();
      assertEquals(25, ids.size());
      // Each writer adds in the same order and waits for the previous one, so the order holds.
      for (int i = 1; i < ids.size(); i++) {
        assertTrue(
            Integer.parseInt(ids.get(i - 1).substring(1)) < Integer.parseInt(ids.get(i).substring(1)),
            ids.toString());
      }
    }
  }

  private static List<Integer> inParallel(Callable<Integer> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        futures.add(pool.submit(task));
      }
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
