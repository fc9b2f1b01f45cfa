package org.currents.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.currents.model.RawPage;

/** The real pages under {@code src/test/resources/extract/golden}, as raw pages. */
public final class TestPages {
  public static final Path FOLDER = Path.of("src/test/resources/extract/golden");
  /** A fixed fetch time, so articles built from these pages are equal across runs. */
  public static final Instant FETCHED = Instant.parse("2019-11-20T00:00:00Z");

  private TestPages() {}

  public static List<Path> files() {
    try (Stream<Path> list = Files.list(FOLDER)) {
      return list.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RawPage page(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new RawPage(file.getFileName().toString(), null, in.readAllBytes(), null, FETCHED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<RawPage> all() {
    List<RawPage> pages = new ArrayList<>();
    files().forEach(f -> pages.add(page(f)));
    return pages;
  }
}
