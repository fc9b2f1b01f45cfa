package org.currents.ingest;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;

/**
 * Where a source named on the command line lives: a local path, or a URI of any file system
 * installed in the JVM ({@code s3://bucket/prefix/} with the AWS NIO provider on the classpath,
 * {@code gs://} with Google's, {@code jimfs://} in tests). So the same readers take Common Crawl
 * News WARC files straight from object storage, without a copy or a mount.
 *
 * <p>Design decision: Java's own file system SPI rather than a storage client per cloud: a
 * provider jar on the classpath is all a deployment adds, and listing, opening and reading go
 * through {@code Files} as for local files. Thread safe (no state).
 */
public final class SourcePaths {
  /**
   * A URI scheme of two characters or more, then a colon: one letter and a colon is a Windows
   * drive. {@code http} and {@code https} are fetched, not opened, and never reach here.
   */
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):");

  private SourcePaths() {}

  /** The path {@code source} names, or why it names none. */
  public static Outcome<Path> of(String source) {
    Matcher scheme = SCHEME.matcher(source);
    if (!scheme.find()) {
      try {
        return Outcome.ok(Path.of(source));
      } catch (InvalidPathException e) {
        return Outcome.failed(ProblemCode.UNREADABLE, source, "not a valid path: " + e.getMessage());
      }
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    try {
      return Outcome.ok(Path.of(URI.create(source)));
    } catch (FileSystemNotFoundException | ProviderNotFoundException e) {
      return Outcome.failed(
          ProblemCode.UNREADABLE,
          source,
          "no file system for '" + name + ":' in this JVM (object storage needs its NIO provider"
              + " on the classpath, for s3: aws-java-nio-spi-for-s3)");
    } catch (RuntimeException e) {
      // A provider's own failures too (no region, no credentials): one input's problem, not the run's.
      return Outcome.failed(ProblemCode.UNREADABLE, source, "not a usable location: " + e);
    }
  }

  /**
   * How to name {@code path} as a source again: as a plain path on the local file system, as a
   * URI on any other (so that another machine resolves it to the same file).
   */
  public static String name(Path path) {
    return path.getFileSystem() == FileSystems.getDefault() ? path.toString() : path.toUri().toString();
  }
}
