package org.currents.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Origin;
import org.currents.model.Outcome;
import org.currents.model.Problem;
import org.currents.model.ProblemCode;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest {
  @TempDir Path dir;

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
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertInstanceOf(Outcome.Ok.class, store.add(a));
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(List.of(a), store.articles());
      assertEquals("2017-04-07T10:15:00-04:00", store.articles().get(0).published().iso());
    }
  }

  @Test
  void sameIdOrSameTextIsADuplicateAndWritesNothing() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
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
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.add(article("z", "Last id, first stored.", null));
      store.add(article("a", "First id, second stored.", null));
      store.recordProblem(new Problem(ProblemCode.BINARY, "bad.html", "NUL bytes"));
      assertEquals(List.of("z", "a"), store.articles().stream().map(Article::id).toList());
      assertEquals(
          List.of(new Problem(ProblemCode.BINARY, "bad.html", "NUL bytes")), store.problems());
    }
  }

  @Test
  void aFileThatIsNotADatabaseFailsClearlyAndIsLeftAlone() throws Exception {
    Path file = dir.resolve(SqliteArticleStore.FILE_NAME);
    Files.writeString(file, "this is not a database, and it is the user's file", StandardCharsets.UTF_8);
    StoreException e = assertThrows(StoreException.class, () -> SqliteArticleStore.open(dir));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals(
        "this is not a database, and it is the user's file",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void migrationsAreRecordedAndIdempotent() throws Exception {
    SqliteArticleStore.open(dir).close();
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertEquals(0, store.articleCount());
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("currents.db"))) {
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
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      store.add(fetched);
      assertEquals(List.of(fetched), store.articles());
      assertTrue(store.isStored("https://example.org/w1?utm=x"));
      assertTrue(store.isStored("https://example.org/w1"));
    }
  }

  @Test
  void remembersSourcesAndValidators() {
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      assertTrue(store.addSource("https://example.org/feed"));
      assertTrue(!store.addSource("https://example.org/feed"));
      store.recordRead("https://example.org/feed", "fetch-failed", "HTTP status 503 after 4 tries");
      store.remember("https://example.org/feed", new FetchMemory.Validators("\"v1\"", null));
    }
    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      SourceList.Source s = store.sources().get(0);
      assertEquals("fetch-failed", s.lastStatus());
      assertEquals("HTTP status 503 after 4 tries", s.lastDetail());
      assertEquals("\"v1\"", store.validators("https://example.org/feed").etag());
      assertTrue(store.removeSource("https://example.org/feed"));
      assertEquals(List.of(), store.sources());
    }
  }
}
