package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code currents eval events} on a corpus cut to ECB+'s shape: two topics, two reports each. */
class EvalEventsCliTest {
  private static final Pattern BCUBED = Pattern.compile("BCubed\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)");

  @Test
  void itScoresTheClustersAgainstTheGoldEventsOfEachTopic(@TempDir Path dir) throws IOException {
    write(dir, "1", "1_1ecb", "A strong earthquake struck northern Chile on Sunday , killing five people in Iquique ."
        + " | Rescue teams searched collapsed homes in Iquique after the earthquake .");
    write(dir, "1", "1_2ecb", "The earthquake that hit Iquique in northern Chile killed five people , officials said ."
        + " | Aftershocks shook Iquique as rescue teams searched homes .");
    write(dir, "2", "2_1ecb", "Manchester United signed the midfielder from Lisbon for a record transfer fee ."
        + " | The midfielder passed his medical in Manchester on Friday .");
    write(dir, "2", "2_2ecb", "The record transfer fee Manchester United paid Lisbon for the midfielder was confirmed ."
        + " | The midfielder will wear the number eight shirt in Manchester .");
    Files.writeString(dir.resolve("ECBplus_coreference_sentences.csv"),
        "Topic,File,Sentence Number\n1,1ecb,0\n1,2ecb,0\n2,1ecb,0\n2,2ecb,0\n");

    Cli cli = Cli.run("eval", "events", dir.toString());

    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("4 documents, 2 gold events, all topics mixed"), cli.out());
    Matcher bcubed = BCUBED.matcher(cli.out());
    assertTrue(bcubed.find(), cli.out());
    // Each topic's two reports share their place, people and numbers; the topics share nothing.
    assertEquals(1.0, Double.parseDouble(bcubed.group(3)), 1e-9, cli.out());

    Cli odd = Cli.run("eval", "events", dir.toString(), "--topics", "odd");
    assertEquals(0, odd.exitCode(), odd.err());
    assertTrue(odd.out().contains("2 documents, 1 gold events, odd topics mixed"), odd.out());
  }

  /** One ECB+ CAT file: the text's words as tokens, sentences split at " | ". */
  private static void write(Path dir, String topic, String name, String text) throws IOException {
    StringBuilder xml = new StringBuilder("<Document doc_name=\"" + name + ".xml\" doc_id=\"" + name + "\">\n");
    int id = 1;
    String[] sentences = text.split(" \\| ");
    for (int s = 0; s < sentences.length; s++) {
      String[] words = sentences[s].split(" ");
      for (int n = 0; n < words.length; n++) {
        xml.append("<token t_id=\"").append(id++).append("\" sentence=\"").append(s).append("\" number=\"")
            .append(n).append("\">").append(words[n]).append("</token>\n");
      }
    }
    xml.append("<Markables>\n</Markables>\n<Relations>\n</Relations>\n</Document>\n");
    Path file = dir.resolve("ECB+").resolve(topic).resolve(name + ".xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, xml);
  }
}
