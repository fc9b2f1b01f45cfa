package org.currents.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden-file assertions: compare produced text with a committed expected file. Run the build with
 * {@code -Dcurrents.golden.update=true} to rewrite the expected files instead; the diff is then
 * reviewed like code.
 *
 * <p>Design decision: expected files live in the source tree ({@code src/test/resources/...}), not
 * on the classpath copy, so that an update lands where git sees it. Tests pass paths relative to the
 * module directory, which is Maven's working directory for tests.
 */
public final class GoldenFiles {
  /** The system property that switches assertions into rewrite mode. */
  public static final String UPDATE_PROPERTY = "currents.golden.update";

  private GoldenFiles() {}

  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /** Asserts {@code actual} equals the content of {@code expectedFile}, or rewrites it when updating. */
  public static void assertMatches(Path expectedFile, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(expectedFile.toAbsolutePath().getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expectedFile)) {
        fail(
            "no golden file "
                + expectedFile
                + "; run with -D"
                + UPDATE_PROPERTY
                + "=true to create it, then review it");
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      assertEquals(expected, actual, "differs from golden file " + expectedFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that two directory trees hold the same files with the same bytes, or replaces {@code
   * expectedDir} with {@code actualDir} when updating.
   */
  public static void assertTreeMatches(Path expectedDir, Path actualDir) {
    try {
      List<Path> actual = relativeFiles(actualDir);
      if (updating()) {
        if (Files.exists(expectedDir)) {
          for (Path old : relativeFiles(expectedDir)) {
            Files.delete(expectedDir.resolve(old));
          }
        }
        for (Path rel : actual) {
          Path target = expectedDir.resolve(rel);
          Files.createDirectories(target.getParent());
          Files.copy(actualDir.resolve(rel), target);
        }
        return;
      }
      assertEquals(relativeFiles(expectedDir), actual, "file lists differ under " + expectedDir);
      for (Path rel : actual) {
        assertEquals(
            Files.readString(expectedDir.resolve(rel), StandardCharsets.UTF_8),
            Files.readString(actualDir.resolve(rel), StandardCharsets.UTF_8),
            "differs from golden file " + expectedDir.resolve(rel));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files under {@code dir}, relative to it, sorted; empty when {@code dir} does not exist. */
  public static List<Path> relativeFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
