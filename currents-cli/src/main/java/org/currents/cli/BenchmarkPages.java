package org.currents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The real article pages of the extraction benchmark ({@code scrapinghub/}: {@code html/<id>.html.gz}
 * and {@code ground-truth.json} with each page's URL and article body), read in id order.
 *
 * @param id the page id
 * @param url the page's URL
 * @param html the page's bytes
 * @param body the true article body, paragraphs separated by blank lines
 */
record BenchmarkPages(String id, String url, byte[] html, String body) {

  /**
   * The pages under {@code dir} (the {@code extraction} folder, or its {@code scrapinghub} folder).
   * A missing folder fails (exit 1) with a message naming what was expected.
   */
  static List<BenchmarkPages> load(Path dir) throws IOException {
    Path root = Files.isDirectory(dir.resolve("scrapinghub")) ? dir.resolve("scrapinghub") : dir;
    Path truth = root.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      throw new IOException(
          "no benchmark data at "
              + dir
              + ": expected scrapinghub/ground-truth.json and scrapinghub/html/ (the extraction"
              + " folder of the shared data)");
    }
    JsonNode all = new ObjectMapper().readTree(truth.toFile());
    Map<String, JsonNode> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), e.getValue());
    }
    List<BenchmarkPages> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
      Path html = root.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) {
        continue;
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(
            new BenchmarkPages(
                e.getKey(),
                e.getValue().path("url").asText(),
                in.readAllBytes(),
                e.getValue().path("articleBody").asText()));
      }
    }
    return pages;
  }
}
