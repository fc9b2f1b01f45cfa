package org.currents.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.api.Timeout;

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

  @Test
  void aTruncatedOrLightlyEditedCopyJoinsItsOriginal() {
    List<Article> articles = new ArrayList<>(TestArticles.mixed());
    Article original = articles.get(11); // the longest: over a thousand words
    String text = original.text();
    articles.add(copyOf(original, "truncated", text.substring(0, text.length() / 3)));
    String[] words = text.split(" ");
    for (int i = 7; i < words.length; i += 40) {
      words[i] = "edited";
    }
    articles.add(copyOf(original, "edited", String.join(" ", words)));
    DuplicateGroup group =
        dedup.group(articles).stream().filter(g -> !g.copies().isEmpty()).findFirst().orElseThrow();
    assertEquals(original.id(), group.original());
    assertEquals(List.of("truncated", "edited"), group.copies());
  }

  @Test
  void aKeyIsRepeatedWhenTwoArticlesHoldItNotWhenOneHoldsItTwice() {
    List<long[]> keys = List.of(new long[] {5, 9, 9, 0}, new long[] {7, 5, 0}, new long[] {3, 7, 7}, new long[] {});
    assertArrayEquals(new long[] {5, 7}, MinHashDeduplicator.repeatedKeys(keys));
  }

  @Test
  void anEarlierExcerptIsNotNamedTheOriginal() {
    Article whole = TestArticles.mixed().get(11);
    String text = whole.text();
    // The excerpt comes first in publication order, but carries only the first half.
    Article excerpt = copyOf(whole, "excerpt", text.substring(0, text.length() / 2));
    List<DuplicateGroup> groups = dedup.group(List.of(excerpt, whole));
    assertEquals(1, groups.size());
    assertEquals(whole.id(), groups.get(0).original());
    assertEquals(List.of("excerpt"), groups.get(0).copies());
  }

  @Test
  void aCanonicalLinkToAnotherOutletNamesTheOriginalPublisher() {
    Article wire = TestArticles.mixed().get(9);
    Article republished =
        new Article("early-copy", wire.url(), wire.title(), null, wire.published(), "Reposter",
            "en", null, wire.text() + "\n\nRead more on Reposter.",
            new Provenance("test", "https://reposter.example/story", Instant.EPOCH,
                ContentHash.sha256Hex(wire.text() + "x")));
    Article original =
        new Article("z-original", "https://www.thenational.ae/story", wire.title(), null,
            wire.published(), "The National", "en", null, wire.text(),
            new Provenance("test", "https://www.thenational.ae/story", Instant.EPOCH,
                wire.provenance().contentHash()));
    // The copy comes first (same date, earlier id), but its canonical link names the original.
    List<DuplicateGroup> groups = dedup.group(List.of(republished, original));
    assertEquals(1, groups.size());
    assertEquals("z-original", groups.get(0).original());
    assertEquals(List.of("early-copy"), groups.get(0).copies());
  }

  /**
   * 20,000 texts in 50 groups: all pairs would be 200 million confirmations. The timeout is a
   * guard against that blow-up (the run takes about a second), not a speed measurement: speed is
   * {@code currents bench dedup}'s job.
   */
  @Test
  @Timeout(120)
  void manyNearEmptyTextsDoNotMakeItQuadratic() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String text = ("notice" + (i % 50) + " ").repeat(5);
      articles.add(new Article("n" + i, null, null, null, null, null, null, null, text,
          new Provenance("test", null, Instant.EPOCH, ContentHash.sha256Hex(text + i))));
    }
    assertEquals(50, dedup.group(articles).size());
  }
}
