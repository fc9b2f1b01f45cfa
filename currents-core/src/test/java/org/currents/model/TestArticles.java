package org.currents.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.currents.ingest.FileInputReader;
import org.currents.ingest.ReadLimits;

/** The real articles of {@code src/test/resources/articles/mixed.jsonl}, read as ingest reads them. */
public final class TestArticles {
  private static final Path FILE = Path.of("src/test/resources/articles/mixed.jsonl");

  private TestArticles() {}

  /** {@link #mixed()} with entities, in the order the build stages see them. */
  public static List<AnnotatedArticle> annotated() {
    org.currents.entity.RuleBasedEntityFinder finder = new org.currents.entity.RuleBasedEntityFinder();
    return mixed().stream()
        .sorted(org.currents.pipeline.BuildRun.PUBLICATION_ORDER)
        .map(a -> ((Outcome.Ok<AnnotatedArticle>) finder.annotate(a)).value())
        .toList();
  }

  public static List<Article> mixed() {
    if (!Files.exists(FILE)) {
      throw new UncheckedIOException(new IOException("missing " + FILE));
    }
    FileInputReader reader =
        new FileInputReader(
            ReadLimits.defaults(),
            Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC),
            () -> {
              throw new IllegalStateException("no stdin in tests");
            });
    List<Article> out = new ArrayList<>();
    reader.read(FILE.toString(), o -> out.add((Article) ((Outcome.Ok<Ingested>) o).value()));
    return out;
  }
}
