package org.currents.ingest;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;

/**
 * Reads HTML files ({@code .html}, {@code .htm}, optionally gzipped), JSON Lines of articles ({@code
 * .jsonl}, {@code .jsonl.gz}), WARC files ({@code .warc}, {@code .warc.gz}), directories of those
 * (walked in sorted path order, so runs are repeatable) and {@code -} (HTML on stdin). Paths may
 * be URIs of other file systems, such as object storage ({@link SourcePaths}). Thread safe.
 */
public final class FileInputReader implements InputReader {
  private final ReadLimits limits;
  private final Clock clock;
  private final InputStreamSupplier stdin;
  private final WarcPages warc;

  /** Supplies stdin lazily, so tests can pass their own stream. */
  @FunctionalInterface
  public interface InputStreamSupplier {
    InputStream open();
  }

  public FileInputReader(ReadLimits limits, Clock clock, InputStreamSupplier stdin) {
    this.limits = limits;
    this.clock = clock;
    this.stdin = stdin;
    this.warc = new WarcPages(limits);
  }

  public static FileInputReader withDefaults() {
    return new FileInputReader(ReadLimits.defaults(), Clock.systemUTC(), () -> System.in);
  }

  @Override
  public void read(String source, Consumer<Outcome<Ingested>> sink) {
    if (source.equals("-")) {
      sink.accept(readPage(source, stdin.open(), false));
      return;
    }
    Outcome<Path> located = SourcePaths.of(source);
    if (!(located instanceof Outcome.Ok<Path> ok)) {
      sink.accept(located.map(p -> null));
      return;
    }
    Path path = ok.value();
    if (Files.isDirectory(path)) {
      readDirectory(path, sink);
    } else {
      readFile(path, source, sink);
    }
  }

  private void readDirectory(Path dir, Consumer<Outcome<Ingested>> sink) {
    List<Path> files;
    try {
      files = filesIn(dir);
    } catch (IOException e) {
      sink.accept(Outcome.failed(ProblemCode.UNREADABLE, SourcePaths.name(dir), "cannot list: " + e));
      return;
    }
    for (Path file : files) {
      readFile(file, SourcePaths.name(file), sink);
    }
  }

  /**
   * The files of {@code dir} that this reader reads, in the order it reads them (sorted paths):
   * so that a distributed run can hand them to different machines and keep the order.
   */
  public static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> kind(p) != Kind.OTHER).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a failure met while walking, not at its start
    }
  }

  private void readFile(Path path, String source, Consumer<Outcome<Ingested>> sink) {
    Kind kind = kind(path);
    if (kind == Kind.OTHER) {
      sink.accept(
          Outcome.failed(
              ProblemCode.UNSUPPORTED_FORMAT,
              source,
              "not a file Currents reads (expected .html, .htm, .jsonl, .warc, optionally .gz, or"
                  + " a directory)"));
      return;
    }
    boolean gzip = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "no such file"));
      return;
    } catch (IOException e) {
      sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "cannot open: " + e));
      return;
    }
    if (kind == Kind.HTML) {
      sink.accept(readPage(source, in, gzip));
    } else if (kind == Kind.WARC) {
      warc.read(source, in, sink); // jwarc undoes the gzip itself
    } else {
      readJsonLines(source, in, gzip, sink);
    }
  }

  private Outcome<Ingested> readPage(String source, InputStream raw, boolean gzip) {
    Instant now = Instant.now(clock);
    try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = Bytes.readAtMost(in, limits.maxPageBytes());
      if (bytes == null) {
        return Outcome.failed(
            ProblemCode.TOO_LARGE,
            source,
            "page is over the limit of " + limits.maxPageBytes() + " bytes");
      }
      return Outcome.ok(new RawPage(source, null, bytes, null, now));
    } catch (EOFException | ZipException e) {
      return Outcome.failed(
          ProblemCode.TRUNCATED, source, "the gzip stream is truncated or corrupt: " + e.getMessage());
    } catch (IOException e) {
      return Outcome.failed(ProblemCode.UNREADABLE, source, "read failed: " + e);
    }
  }

  private void readJsonLines(
      String source, InputStream raw, boolean gzip, Consumer<Outcome<Ingested>> sink) {
    JsonLinesArticles parser = new JsonLinesArticles(limits.maxRecordChars(), clock);
    try (InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          sink.accept(parser.parse(source, number, line).map(a -> a));
        }
      }
    } catch (EOFException | ZipException e) {
      sink.accept(
          Outcome.failed(
              ProblemCode.TRUNCATED, source, "the gzip stream is truncated or corrupt: " + e.getMessage()));
    } catch (IOException e) {
      sink.accept(Outcome.failed(ProblemCode.UNREADABLE, source, "read failed: " + e));
    }
  }

  private enum Kind {
    HTML,
    JSON_LINES,
    WARC,
    OTHER
  }

  private static Kind kind(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Kind.HTML;
    }
    if (name.endsWith(".jsonl")) {
      return Kind.JSON_LINES;
    }
    if (name.endsWith(".warc")) {
      return Kind.WARC;
    }
    return Kind.OTHER;
  }
}
