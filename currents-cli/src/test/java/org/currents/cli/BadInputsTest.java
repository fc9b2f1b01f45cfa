package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.currents.model.Problem;
import org.currents.store.ArticleStore;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.currents.testkit.GoldenFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder of bad inputs (src/test/resources/bad-inputs, plus a 10,000-deep page and a 50 MB
 * page made at run time) goes through ingest: each yields a named problem, none crashes the run,
 * and the good page among them is stored.
 */
class BadInputsTest {
  @TempDir Path dir;
  private Path inputs;

  @BeforeEach
  void copyInputs() throws IOException {
    inputs = dir.resolve("inputs");
    Path folder = Path.of("src/test/resources/bad-inputs");
    for (Path rel : GoldenFiles.relativeFiles(folder)) {
      Files.createDirectories(inputs.resolve(rel).getParent());
      Files.copy(folder.resolve(rel), inputs.resolve(rel));
    }
    Files.writeString(
        inputs.resolve("deep-nesting.html"),
        "<html><body>" + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000) + "</body></html>",
        StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(inputs.resolve("huge.html"))) {
      byte[] paragraph =
          "<p>The same long paragraph again and again, to make a page of fifty megabytes.</p>\n"
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += paragraph.length) {
        out.write(paragraph);
      }
    }
  }

  @Test
  void everyBadInputBecomesANamedProblemAndTheRunGoesOn() {
    Path data = dir.resolve("data");
    Cli cli = Cli.run("--data", data.toString(), "ingest", inputs.toString());
    assertEquals(1, cli.exitCode(), cli.err());
    try (Stores stores = Stores.open(StoreLocation.embedded(data))) {
      ArticleStore store = stores.articles();
      List<String> problems =
          store.problems().stream()
              .map(p -> Path.of(p.input()).getFileName() + " " + p.code().id())
              .sorted()
              .toList();
      assertTrue(problems.contains("binary.html binary"), problems.toString());
      assertTrue(problems.contains("empty.html empty"), problems.toString());
      assertTrue(problems.contains("huge.html too-large"), problems.toString());
      assertTrue(problems.contains("truncated.html.gz truncated"), problems.toString());
      assertTrue(problems.stream().anyMatch(p -> p.startsWith("deep-nesting.html ")), problems.toString());
      assertTrue(problems.stream().anyMatch(p -> p.startsWith("malformed.jsonl:")), problems.toString());
      for (Problem p : store.problems()) {
        assertTrue(p.detail().length() > 5, "detail too thin: " + p);
      }
      List<String> stored =
          store.articles().stream()
              .map(a -> Path.of(a.provenance().source()).getFileName().toString())
              .toList();
      assertTrue(stored.contains("wrong-charset.html"), stored.toString());
      assertTrue(stored.contains("good.html"), stored.toString());
      assertTrue(stored.stream().anyMatch(s -> s.startsWith("malformed.jsonl:")), stored.toString());
    }
    assertTrue(cli.err().contains("too-large"), cli.err());
  }
}
