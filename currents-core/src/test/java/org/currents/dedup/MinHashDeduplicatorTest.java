package org.currents.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.Provenance;
import org.currents.model.TestArticles;
import org.currents.testkit.StageContractTest;
import org.junit.jupiter.api.Test;

class MinHashDeduplicatorTest extends StageContractTest<List<Article>, List<DuplicateGroup>> {
  private final MinHashDeduplicator dedup = new MinHashDeduplicator();

  static Article copyOf(Article a, String id, String text) {
    return new Article(id, "https://other.example/" + id, a.title(), null, a.published(), "Other",
        "en", null, text, new Provenance("test", null, Instant.EPOCH, ContentHash.sha256Hex(text)));
  }

  @Override
  protected List<DuplicateGroup> run(List<Article> input) {
    return dedup.group(input);
  }

  @Override
  protected List<List<Article>> sampleInputs() {
    return List.of(TestArticles.mixed());
  }

  @Override
  protected List<Article> emptyInput() {
    return List.of();
  }

  @Test
  void distinctRealArticlesStayApart() {
    List<Article> articles = TestArticles.mixed();
    assertEquals(articles.size(), dedup.group(articles).size());
  }

  @Test
  void aSyndicatedCopyInOtherBoilerplateJoinsTheEarliestOriginal() {
    List<Article> articles = new ArrayList<>(TestArticles.mixed());
    Article original = articles.get(3);
    String rewrapped = "Audio By Carbonatix\n\n" + original.text() + "\n\nLatest Stories\n\nSomething else, 5 minutes ago";
    articles.add(copyOf(original, "copy-1", rewrapped));
    List<DuplicateGroup> groups = dedup.group(articles);
    assertEquals(articles.size() - 1, groups.size());
    DuplicateGroup group = groups.stream().filter(g -> !g.copies().isEmpty()).findFirst().orElseThrow();
    assertEquals(original.id(), group.original());
    assertEquals(List.of("copy-1"), group.copies());
  }
}
