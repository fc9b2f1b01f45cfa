package org.currents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.currents.extract.ArticleExtractor;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.PublishDate;
import org.currents.model.RawPage;
import org.jspecify.annotations.Nullable;

/**
 * Metadata accuracy on Mozilla Readability's test pages ({@code test-pages/<name>/source.html}
 * with {@code expected-metadata.json}): per field, the share of pages whose expected value is
 * present that Currents matches. Text fields match after whitespace normalisation; the published
 * time matches to the minute (as the same instant when both sides carry an offset, else as the
 * same local time; a day alone matches a day). A page the extractor does not turn into an article
 * misses every field.
 */
public final class MetadataEval {
  /** The URL Readability's own tests give every test page. */
  public static final String PAGE_URL = "http://fakehost/test/page.html";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

  /** A field's tally and the pages it missed, with what was expected and what was found. */
  public record Field(String name, int matched, int expected, List<String> misses) {
    public double accuracy() {
      return expected == 0 ? 0 : matched / (double) expected;
    }
  }

  private MetadataEval() {}

  /** Runs the extractor over every page folder in {@code testPages}, in name order. */
  public static List<Field> run(ArticleExtractor extractor, Path testPages) throws IOException {
    Map<String, Function<Article, @Nullable String>> fields = new LinkedHashMap<>();
    fields.put("title", Article::title);
    fields.put("byline", Article::byline);
    fields.put("siteName", Article::site);
    fields.put("publishedTime", a -> a.published() == null ? null : a.published().iso());
    fields.put("lang", Article::language);
    Map<String, int[]> tallies = new LinkedHashMap<>();
    Map<String, List<String>> misses = new LinkedHashMap<>();
    fields.keySet().forEach(f -> { tallies.put(f, new int[2]); misses.put(f, new ArrayList<>()); });
    List<Path> pages;
    try (Stream<Path> dirs = Files.list(testPages)) {
      pages = dirs.filter(d -> Files.isRegularFile(d.resolve("expected-metadata.json"))).sorted().toList();
    }
    for (Path dir : pages) {
      JsonNode expected = JSON.readTree(dir.resolve("expected-metadata.json").toFile());
      RawPage page =
          new RawPage(dir.toString(), PAGE_URL, Files.readAllBytes(dir.resolve("source.html")), null, Instant.EPOCH);
      Outcome<Article> result = extractor.extract(page);
      Article article = result instanceof Outcome.Ok<Article> ok ? ok.value() : null;
      for (Map.Entry<String, Function<Article, @Nullable String>> f : fields.entrySet()) {
        JsonNode want = expected.get(f.getKey());
        if (want == null || want.isNull() || want.asText().isBlank()) {
          continue;
        }
        String got = article == null ? null : f.getValue().apply(article);
        boolean same =
            f.getKey().equals("publishedTime")
                ? sameMinute(want.asText(), article == null ? null : article.published())
                : normalise(want.asText()).equals(normalise(got));
        int[] t = tallies.get(f.getKey());
        t[1]++;
        if (same) {
          t[0]++;
        } else {
          misses.get(f.getKey()).add(dir.getFileName() + ": expected \"" + normalise(want.asText())
              + "\", got " + (article == null ? result.label() : "\"" + normalise(got) + "\""));
        }
      }
    }
    List<Field> out = new ArrayList<>();
    tallies.forEach((name, t) -> out.add(new Field(name, t[0], t[1], List.copyOf(misses.get(name)))));
    return out;
  }

  /** The table: one row per field. */
  public static List<String> table(List<Field> fields) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "  %-14s %8s %9s", "field", "accuracy", "pages"));
    for (Field f : fields) {
      lines.add(String.format(Locale.ROOT, "  %-14s %8.3f %5d/%d", f.name(), f.accuracy(), f.matched(), f.expected()));
    }
    return lines;
  }

  static String normalise(@Nullable String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** Whether a found date matches the expected time string to the minute. */
  static boolean sameMinute(String expected, @Nullable PublishDate found) {
    Matcher m = TIME.matcher(expected.strip());
    if (found == null || !m.lookingAt()) {
      return false;
    }
    if (m.group(2) == null) {
      return found.date().toString().equals(m.group(1));
    }
    if (found.time() == null) {
      return false;
    }
    LocalDateTime want = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
    LocalDateTime got = found.date().atTime(found.time()).truncatedTo(ChronoUnit.MINUTES);
    if (m.group(3) != null && found.offset() != null) {
      String z = m.group(3);
      ZoneOffset offset =
          ZoneOffset.of(z.equals("Z") || z.contains(":") ? z : z.substring(0, 3) + ":" + z.substring(3));
      return want.toInstant(offset).equals(got.toInstant(found.offset()));
    }
    return want.equals(got);
  }
}
