package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds: first two reports of one bombing that share too little to be one event, then an
 * earlier, fuller report that holds both (they become its syndicated copies, so its event takes
 * them). The old events must be recorded as merged and their old pages must point to the merged
 * event's page.
 */
class EventHistoryCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static String paragraphs(String id, int from, int to) throws Exception {
    try (Stream<String> lines = Files.lines(Path.of("src/test/resources/pipeline/input/articles.jsonl"))) {
      String text = lines.map(l -> {
            try {
              return JSON.readTree(l);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          })
          .filter(n -> n.get("id").asText().equals(id))
          .findFirst()
          .orElseThrow()
          .get("text")
          .asText();
      String[] p = text.split("\n\n");
      return String.join("\n\n", List.of(p).subList(from, to));
    }
  }

  private static String row(String id, String date, String text) {
    ObjectNode row = JSON.createObjectNode();
    row.put("id", id);
    row.put("published", date);
    row.put("text", text);
    return row.toString() + "\n";
  }

  @Test
  void mergedEventsAreRecordedAndTheirOldPagesRedirect() throws Exception {
    String a = paragraphs("ecb-8_1ecb", 1, 2);
    String b = paragraphs("ecb-8_3ecb", 13, 15);
    Path data = dir.resolve("data");
    Path portal = dir.resolve("portal");
    Path first = dir.resolve("first.jsonl");
    Files.writeString(first, row("report-a", "2008-12-13", a) + row("report-b", "2008-12-14", b), StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("--data", data.toString(), "ingest", first.toString()).exitCode());
    assertEquals(0, Cli.run("--data", data.toString(), "build", "--out", portal.toString()).exitCode());
    Map<String, String> before = eventOfArticle(data);
    assertNotEquals(before.get("report-a"), before.get("report-b"), "the two reports should start apart");
    List<Path> oldPages = pages(portal);

    Path second = dir.resolve("second.jsonl");
    Files.writeString(second, row("roundup", "2008-12-12", a + "\n\n" + b), StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("--data", data.toString(), "ingest", second.toString()).exitCode());
    Cli build = Cli.run("--data", data.toString(), "build", "--out", portal.toString());
    assertEquals(0, build.exitCode(), build.err());
    Map<String, String> after = eventOfArticle(data);
    assertEquals(after.get("roundup"), after.get("report-a"));
    assertEquals(after.get("roundup"), after.get("report-b"));
    assertNotEquals(before.get("report-a"), after.get("roundup"));
    assertTrue(build.err().contains("event " + before.get("report-a") + " merged -> " + after.get("roundup")), build.err());
    assertTrue(build.err().contains("event " + before.get("report-b") + " merged -> " + after.get("roundup")), build.err());
    assertEquals(2, oldPages.size());
    for (Path old : oldPages) {
      String page = read(portal.resolve(old));
      if (!page.startsWith("# Moved")) {
        // The merged event took this very path (same day, same summary): the old link shows it.
        assertEquals(3, sourcesListed(page), old + " neither redirects nor shows the merged event: " + page);
        continue;
      }
      String target = page.substring(page.indexOf("](/") + 3, page.lastIndexOf(')'));
      assertTrue(Files.isRegularFile(portal.resolve(target)), "redirect to a missing page: " + target);
    }
  }

  /** How many sources an event page lists under its "### Source:" heading. */
  private static long sourcesListed(String page) {
    String sources = page.substring(page.indexOf("### Source:"));
    int next = sources.indexOf("###", 3);
    return (next < 0 ? sources : sources.substring(0, next)).lines().filter(l -> l.matches("\\d+\\. .*")).count();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> pages(Path portal) throws Exception {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(portal.resolve("news"))) {
      walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
          .forEach(p -> out.add(portal.relativize(p)));
    }
    return out;
  }

  private static Map<String, String> eventOfArticle(Path data) throws Exception {
    Cli events = Cli.run("--data", data.toString(), "events");
    Map<String, String> out = new java.util.HashMap<>();
    for (String line : events.out().strip().split("\n")) {
      JsonNode e = JSON.readTree(line);
      e.get("articles").forEach(a -> out.put(a.asText(), e.get("event").asText()));
    }
    return out;
  }
}
