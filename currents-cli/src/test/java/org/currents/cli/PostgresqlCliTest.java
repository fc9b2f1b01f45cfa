package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.currents.testkit.GoldenFiles;
import org.currents.testkit.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db postgresql://...}: the pipeline fixture ingested into and built from a PostgreSQL
 * schema gives the same portal and events as the embedded store (the committed golden files that
 * {@link PipelineGoldenTest} holds the embedded store to); a bad or unreachable location is a clear
 * message, not a stack trace.
 */
class PostgresqlCliTest {
  @TempDir Path dir;

  @Test
  void ingestAndBuildOnPostgresqlGiveTheEmbeddedStoresPortal() throws IOException {
    String db = TestPostgres.freshSchemaUrl("currents_cli");
    Path portal = PipelineGoldenTest.run(dir, "--db", db);
    GoldenFiles.assertTreeMatches(PipelineGoldenTest.FIXTURE.resolve("expected-portal"), portal);
    GoldenFiles.assertMatches(
        PipelineGoldenTest.FIXTURE.resolve("expected-events.jsonl"),
        Files.readString(dir.resolve("events.jsonl"), StandardCharsets.UTF_8));
    Cli again = Cli.run("--db", db, "ingest", PipelineGoldenTest.FIXTURE.resolve("input").toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.err().contains("duplicate"), again.err());
  }

  @Test
  void aUrlThatIsNotAPostgresqlDatabaseIsAUsageError() {
    Cli cli = Cli.run("--db", "mysql://u:secret@localhost/news", "sources", "list");
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(cli.err().contains("unsupported database URL mysql://u:***@localhost/news"), cli.err());
  }

  @Test
  void anUnreachableServerIsOneLineNamingIt() throws IOException {
    int closedPort = TestPostgres.closedPort();
    Cli cli =
        Cli.run("--db", "postgresql://u:secret@127.0.0.1:" + closedPort + "/news", "sources", "list");
    assertEquals(1, cli.exitCode(), cli.err());
    assertTrue(
        cli.err().startsWith("currents: cannot open the store postgresql://u@127.0.0.1:" + closedPort + "/news: "),
        cli.err());
    assertEquals(1, cli.err().strip().lines().count(), cli.err());
    assertFalse(cli.err().contains("secret"), cli.err());
  }
}
