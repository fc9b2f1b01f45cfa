package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "extract", "ingest", "build", "events", "demo", "sources", "watch", "eval", "bench", "serve",
          "bench serve"
        }) {
      Cli cli = Cli.run((command + " --help").split(" "));
      assertEquals(0, cli.exitCode(), command);
      assertTrue(cli.out().contains("Usage: currents " + command), cli.out());
    }
  }

  @Test
  void evalSaysClearlyWhenTheDataIsAbsent() {
    Cli cli = Cli.run("eval", "extraction", dir.resolve("absent").toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("no extraction data in"), cli.err());
    Cli bench = Cli.run("bench", "extraction", dir.resolve("absent").toString());
    assertEquals(1, bench.exitCode());
    assertTrue(bench.err().contains("no extraction data in"), bench.err());
    for (String ecbPlusEval : new String[] {"entities", "events", "summaries"}) {
      Cli ecb = Cli.run("eval", ecbPlusEval, dir.resolve("absent").toString());
      assertEquals(1, ecb.exitCode(), ecbPlusEval);
      assertTrue(ecb.err().contains("no ECB+ corpus at"), ecb.err());
    }
  }

  @Test
  void theCoreNlpTaggerSaysHowToBuildItWhenItIsNotOnTheClasspath() {
    // The default build never has CoreNLP (GPL-3) on its classpath.
    for (String[] args : new String[][] {{"eval", "entities", "ecbplus", "--tagger", "corenlp"},
        {"bench", "entities", "samples", "--tagger", "corenlp"}}) {
      Cli cli = Cli.run(args);
      assertEquals(1, cli.exitCode(), String.join(" ", args));
      assertTrue(cli.err().contains("CoreNLP: not built") && cli.err().contains("-Pcorenlp"), cli.err());
    }
    assertEquals(2, Cli.run("eval", "entities", "ecbplus", "--tagger", "spacy").exitCode());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run("no-such-command").exitCode());
    assertEquals(2, Cli.run("extract").exitCode());
    assertEquals(2, Cli.run("events", "--format", "xml").exitCode());
  }

  @Test
  void extractPrintsOneJsonObjectPerPageAndGoesOnAfterABadOne() throws Exception {
    Path good = dir.resolve("good.html");
    Files.writeString(
        good,
        "<html lang=\"en\"><head><title>Rain returns to the valley</title></head><body><article>"
            + "<h1>Rain returns to the valley</h1>"
            + "<p>After three dry months, steady rain fell across the valley on Tuesday, filling"
            + " reservoirs that had dropped to their lowest level in a decade.</p>"
            + "<p>Farmers said the rain came just in time for the spring planting, although"
            + " officials warned that one wet week would not end the drought.</p>"
            + "<p>The water authority said it would keep its restrictions in place until the"
            + " reservoirs were at least half full again.</p></article></body></html>");
    Path empty = dir.resolve("empty.html");
    Files.writeString(empty, "");
    Cli cli = Cli.run("extract", good.toString(), empty.toString());
    String[] lines = cli.out().strip().split("\n");
    assertEquals(2, lines.length, cli.out());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertEquals(good.toString(), first.get("source").asText());
    assertTrue(first.get("text").asText().startsWith("After three dry months"), lines[0]);
    JsonNode second = json.readTree(lines[1]);
    assertEquals(empty.toString(), second.get("source").asText());
    assertEquals("empty", second.get("problem").get("code").asText());
    assertEquals(1, cli.exitCode());
  }
}
