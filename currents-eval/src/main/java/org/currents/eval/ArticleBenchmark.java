package org.currents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.currents.model.RawPage;
import org.jspecify.annotations.Nullable;

/**
 * The article extraction benchmark as laid out in its repository: {@code html/<id>.html.gz},
 * {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and other tools' predictions in
 * {@code reference-outputs/<tool>.json} (some wrapped as {@code {"version", "output"}}).
 * Immutable once loaded.
 */
public final class ArticleBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One benchmark page: its id, the URL it was fetched from, and the true article body. */
  public record Page(String id, @Nullable String url, String truth, Path html) {
    /** The page as the extractor receives it (gunzipped bytes, no declared charset). */
    public RawPage raw() throws IOException {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        return new RawPage(html.toString(), url, in.readAllBytes(), null, Instant.EPOCH);
      }
    }
  }

  private final List<Page> pages;
  private final Map<String, Map<String, String>> references;

  private ArticleBenchmark(List<Page> pages, Map<String, Map<String, String>> references) {
    this.pages = List.copyOf(pages);
    this.references = references;
  }

  /** Reads the benchmark in {@code dir}; fails if its ground truth is missing or malformed. */
  public static ArticleBenchmark load(Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode url = e.getValue().get("url");
      pages.add(
          new Page(
              e.getKey(),
              url == null || url.isNull() ? null : url.asText(),
              body(e.getValue()),
              dir.resolve("html").resolve(e.getKey() + ".html.gz")));
    }
    Map<String, Map<String, String>> references = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Path outputs = dir.resolve("reference-outputs");
    if (Files.isDirectory(outputs)) {
      try (Stream<Path> files = Files.list(outputs)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          String tool = f.getFileName().toString().replaceFirst("\\.json$", "");
          references.put(tool, predictions(JSON.readTree(f.toFile())));
        }
      }
    }
    return new ArticleBenchmark(pages, references);
  }

  public List<Page> pages() {
    return pages;
  }

  /** Other tools' predicted bodies by tool name, then page id. */
  public Map<String, Map<String, String>> references() {
    return references;
  }

  /** Scores predictions by page id; a page without a prediction counts as an empty one. */
  public ShingleScores score(Map<String, String> predictions) {
    List<PageMatch> matches = new ArrayList<>();
    for (Page page : pages) {
      matches.add(PageMatch.of(page.truth(), predictions.getOrDefault(page.id(), "")));
    }
    return ShingleScores.of(matches);
  }

  private static Map<String, String> predictions(JsonNode root) {
    JsonNode output = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
    Map<String, String> bodies = new TreeMap<>();
    output.fields().forEachRemaining(e -> bodies.put(e.getKey(), body(e.getValue())));
    return bodies;
  }

  private static String body(JsonNode entry) {
    JsonNode body = entry.get("articleBody");
    return body == null || body.isNull() ? "" : body.asText();
  }
}
