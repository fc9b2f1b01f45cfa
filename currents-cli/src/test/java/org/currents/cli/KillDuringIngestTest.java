package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.currents.model.Article;
import org.currents.store.ArticleStore;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code currents ingest} as a real separate JVM, kills it with SIGKILL midway, reruns the
 * ingest, and checks every article is stored exactly once.
 */
class KillDuringIngestTest {
  private static final int ARTICLES = 20_000;

  @TempDir Path dir;

  @Test
  void aKilledIngestLosesNothingCommittedAndTheRerunCompletesIt() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        ObjectNode row = json.createObjectNode();
        row.put("id", "kill-" + i);
        row.put("published", "2020-01-01");
        row.put("text", "Article number " + i + " reports that the council met on day " + i + ".");
        out.write(json.writeValueAsString(row));
        out.write('\n');
      }
    }
    Path data = dir.resolve("data");
    Process ingest =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--data",
                data.toString(),
                "ingest",
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("ingest.log").toFile())
            .start();
    int atKill = waitForSomeRows(data, ingest);
    ingest.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
    assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
    assertTrue(atKill > 0 && atKill < ARTICLES, "killed at " + atKill + " of " + ARTICLES);

    Cli rerun = Cli.run("--data", data.toString(), "ingest", input.toString());
    assertEquals(0, rerun.exitCode(), rerun.err());

    try (Stores stores = Stores.open(StoreLocation.embedded(data))) {
      ArticleStore store = stores.articles();
      List<Article> articles = store.articles();
      assertEquals(ARTICLES, articles.size());
      Set<String> ids = new HashSet<>();
      for (Article a : articles) {
        assertTrue(ids.add(a.id()), "stored twice: " + a.id());
        String n = a.id().substring("kill-".length());
        assertEquals(
            "Article number " + n + " reports that the council met on day " + n + ".", a.text());
      }
    }
  }

  /** Polls the store until the ingest has committed some rows; returns the count seen. */
  private static int waitForSomeRows(Path data, Process ingest) throws Exception {
    Path db = data.resolve(StoreLocation.FILE_NAME);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && ingest.isAlive()) {
      if (Files.exists(db)) {
        int rows = count(db);
        if (rows >= 200) {
          return rows;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("ingest ended or stalled before committing 200 rows");
  }

  private static int count(Path db) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0; // schema not created yet, or the writer holds a lock for a moment
    }
  }
}
