package org.currents.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.publish.ArticleJson;
import org.currents.testkit.GoldenFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each real page's extraction equals its committed JSON. */
class ExtractionGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  static Stream<Path> pages() {
    return TestPages.files().stream();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageGivesItsGoldenArticle(Path file) throws Exception {
    Outcome<Article> out = extractor.extract(TestPages.page(file));
    Object json =
        out instanceof Outcome.Ok<Article> ok ? ArticleJson.of(ok.value()) : out.label();
    String name = file.getFileName().toString().replace(".html.gz", ".json");
    GoldenFiles.assertMatches(file.resolveSibling(name), JSON.writeValueAsString(json) + "\n");
  }
}
