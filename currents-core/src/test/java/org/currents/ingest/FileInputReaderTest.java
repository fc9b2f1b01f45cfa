package org.currents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.currents.model.Article;
import org.currents.model.DateSource;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputReaderTest {
  @TempDir Path dir;

  private final FileInputReader reader =
      new FileInputReader(
          new ReadLimits(1000, 1000),
          Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC),
          () -> new ByteArrayInputStream("<p>from stdin</p>".getBytes(StandardCharsets.UTF_8)));

  private List<Outcome<Ingested>> read(String source) {
    List<Outcome<Ingested>> out = new ArrayList<>();
    reader.read(source, out::add);
    return out;
  }

  @Test
  void readsJsonLinesRowsKeepingIdsAndDates() throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\": \"x-1\", \"url\": \"https://news.example/a\", \"title\": \"T\","
                + " \"published\": \"2013-06-13T16:59:00-04:00\", \"text\": \"Body one.\"}",
            "",
            "{\"id\": \"x-2\", \"published\": \"2013-06-14\", \"text\": \"Body two.\"}",
            "{\"id\": \"x-3\", \"text\": \"No date.\"}",
            "not json",
            "{\"text\": \"no id\"}",
            "{\"id\": \"x-4\", \"published\": \"June 14\", \"text\": \"Bad date.\"}",
            "{\"id\": \"x-5\", \"text\": \"  \"}"),
        StandardCharsets.UTF_8);
    List<Outcome<Ingested>> out = read(file.toString());
    assertEquals(
        List.of("ok", "ok", "ok", "malformed-record", "malformed-record", "malformed-record", "empty"),
        out.stream().map(Outcome::label).toList());
    Article first = (Article) ((Outcome.Ok<Ingested>) out.get(0)).value();
    assertEquals("x-1", first.id());
    assertEquals("2013-06-13T16:59:00-04:00", first.published().iso());
    assertEquals(DateSource.GIVEN, first.published().source());
    assertEquals(file + ":1", first.provenance().source());
    Article second = (Article) ((Outcome.Ok<Ingested>) out.get(1)).value();
    assertEquals("2013-06-14", second.published().iso());
    Outcome.Failed<Ingested> badDate = (Outcome.Failed<Ingested>) out.get(5);
    assertEquals(file + ":7", badDate.problem().input());
    assertTrue(badDate.problem().detail().contains("June 14"));
  }

  @Test
  void readsGzippedPagesAndReportsTruncatedOnes() throws IOException {
    byte[] html = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(html);
    }
    Path good = dir.resolve("good.html.gz");
    Files.write(good, gz.toByteArray());
    Path truncated = dir.resolve("truncated.html.gz");
    Files.write(truncated, Arrays.copyOf(gz.toByteArray(), gz.size() / 2));

    RawPage page = (RawPage) ((Outcome.Ok<Ingested>) read(good.toString()).get(0)).value();
    assertEquals(new String(html, StandardCharsets.UTF_8), new String(page.body(), StandardCharsets.UTF_8));
    assertEquals("truncated", read(truncated.toString()).get(0).label());
  }

  @Test
  void namesTheProblemForMissingTooLargeAndUnsupportedInputs() throws IOException {
    Path big = dir.resolve("big.html");
    Files.write(big, new byte[1001]);
    Path pdf = dir.resolve("paper.pdf");
    Files.write(pdf, new byte[] {1});
    assertEquals("unreadable", read(dir.resolve("missing.html").toString()).get(0).label());
    assertEquals("too-large", read(big.toString()).get(0).label());
    assertEquals("unsupported-format", read(pdf.toString()).get(0).label());
  }

  @Test
  void walksDirectoriesInSortedOrderSkippingOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.html"), "<p>2</p>");
    Files.writeString(dir.resolve("a.htm"), "<p>1</p>");
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    List<String> sources =
        read(dir.toString()).stream()
            .map(o -> ((RawPage) ((Outcome.Ok<Ingested>) o).value()).source())
            .toList();
    assertEquals(List.of(dir.resolve("a.htm").toString(), dir.resolve("b/2.html").toString()), sources);
  }

  @Test
  void readsStdin() {
    Outcome<Ingested> out = read("-").get(0);
    RawPage page = (RawPage) assertInstanceOf(Outcome.Ok.class, out).value();
    assertEquals("-", page.source());
  }
}
