package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.currents.testkit.GoldenFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a small real fixture (src/test/resources/pipeline/input: real pages and
 * ECB+ articles, see its README): ingest, build, events. The portal and the events are compared with
 * committed golden files, reviewed like code; a second run on a fresh store must give the same
 * bytes; every link in the portal must resolve.
 */
class PipelineGoldenTest {
  static final Path FIXTURE = Path.of("src/test/resources/pipeline");
  private static final Pattern LINK = Pattern.compile("\\]\\((/[^)]*)\\)");

  @TempDir Path dir;

  @Test
  void theFixtureGivesTheCommittedPortalAndEvents() throws IOException {
    Path portal = run(dir.resolve("first"));
    GoldenFiles.assertTreeMatches(FIXTURE.resolve("expected-portal"), portal);
    GoldenFiles.assertMatches(
        FIXTURE.resolve("expected-events.jsonl"),
        Files.readString(dir.resolve("first/events.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  void aSecondRunGivesTheSameBytesAndReingestChangesNothing() throws IOException {
    Path first = run(dir.resolve("first"));
    Path second = run(dir.resolve("second"));
    assertEquals(GoldenFiles.relativeFiles(first), GoldenFiles.relativeFiles(second));
    for (Path rel : GoldenFiles.relativeFiles(first)) {
      assertEquals(Files.readString(first.resolve(rel)), Files.readString(second.resolve(rel)), rel.toString());
    }
    Path data = dir.resolve("first/data");
    int before = storedCount(data);
    Cli again = Cli.run("--data", data.toString(), "ingest", FIXTURE.resolve("input").toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.err().contains("duplicate " + before), again.err());
    assertEquals(before, storedCount(data));
  }

  @Test
  void everyLinkInThePortalResolves() throws IOException {
    Path portal = run(dir.resolve("links"));
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path rel : GoldenFiles.relativeFiles(portal)) {
      Matcher m = LINK.matcher(Files.readString(portal.resolve(rel), StandardCharsets.UTF_8));
      while (m.find()) {
        links++;
        if (!Files.isRegularFile(portal.resolve(m.group(1).substring(1)))) {
          broken.add(rel + " -> " + m.group(1));
        }
      }
    }
    assertTrue(links > 10, "too few links to mean anything: " + links);
    assertEquals(List.of(), broken);
  }

  private static int storedCount(Path data) {
    try (Stores stores = Stores.open(StoreLocation.embedded(data))) {
      return stores.articles().articleCount();
    }
  }

  private static Path run(Path work) throws IOException {
    return run(work, "--data", work.resolve("data").toString());
  }

  /**
   * Ingests the fixture into the store that {@code store} names ({@code --data DIR} or {@code --db
   * URL}), builds the portal into {@code work/portal} and writes the events to {@code
   * work/events.jsonl}; returns the portal.
   */
  static Path run(Path work, String... store) throws IOException {
    Path portal = work.resolve("portal");
    Cli ingest = Cli.run(with(store, "ingest", FIXTURE.resolve("input").toString()));
    assertEquals(0, ingest.exitCode(), ingest.err());
    Cli build = Cli.run(with(store, "build", "--out", portal.toString()));
    assertEquals(0, build.exitCode(), build.err());
    Cli events = Cli.run(with(store, "events", "--format", "jsonl"));
    assertEquals(0, events.exitCode(), events.err());
    Files.writeString(work.resolve("events.jsonl"), events.out(), StandardCharsets.UTF_8);
    return portal;
  }

  private static String[] with(String[] store, String... command) {
    return Stream.concat(Arrays.stream(store), Arrays.stream(command)).toArray(String[]::new);
  }
}
