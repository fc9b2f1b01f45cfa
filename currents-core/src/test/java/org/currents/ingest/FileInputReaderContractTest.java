package org.currents.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.io.TempDir;

class FileInputReaderContractTest extends StageContractTest<String, List<Outcome<Ingested>>> {
  @TempDir static Path dir;

  private final FileInputReader reader =
      new FileInputReader(
          ReadLimits.defaults(),
          Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC),
          () -> new ByteArrayInputStream(new byte[0]));

  @Override
  protected List<Outcome<Ingested>> run(String source) {
    List<Outcome<Ingested>> out = new ArrayList<>();
    reader.read(source, out::add);
    return out;
  }

  @Override
  protected List<String> sampleInputs() {
    try {
      Files.writeString(dir.resolve("page.html"), "<p>Ein Satz über München.</p>", StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("rows.jsonl"),
          "{\"id\": \"r1\", \"text\": \"One.\"}\n{\"id\": \"r2\", \"published\": \"2017-04-07\", \"text\": \"Two.\"}\n",
          StandardCharsets.UTF_8);
      return List.of(dir.resolve("page.html").toString(), dir.resolve("rows.jsonl").toString(), dir.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected String emptyInput() {
    return "-";
  }

  @Override
  protected String fingerprint(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(this::fingerprint).toList().toString();
    }
    if (value instanceof Outcome.Ok<?> ok && ok.value() instanceof RawPage page) {
      return "page " + page.source() + " " + Arrays.hashCode(page.body());
    }
    return String.valueOf(value);
  }
}
