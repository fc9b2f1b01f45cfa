package org.currents.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.currents.ingest.FileInputReader;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.Provenance;
import org.currents.model.PublishDate;

/**
 * Large article streams for the benchmarks, made by resampling real texts: each article joins the
 * opening paragraphs of one real article with two paragraphs of another (so texts repeat without
 * being identical), dated at random over one year, from one of {@link #OUTLETS} outlets. The same
 * seed gives the same stream.
 */
final class SyntheticArticles {
  /** How many outlets the synthetic articles come from. */
  static final int OUTLETS = 50;

  private SyntheticArticles() {}

  /** The articles of the JSON Lines files or folders in {@code corpus}. */
  static List<Article> read(List<String> corpus) {
    List<Article> base = new ArrayList<>();
    FileInputReader reader = FileInputReader.withDefaults();
    for (String source : corpus) {
      reader.read(source, o -> {
        if (o instanceof Outcome.Ok<Ingested> ok && ok.value() instanceof Article a) {
          base.add(a);
        }
      });
    }
    return base;
  }

  /** {@code n} articles resampled from {@code base}, with ids {@code bench-0} to {@code bench-(n-1)}. */
  static List<Article> resample(List<Article> base, int n, Random random) {
    LocalDate first = LocalDate.of(2025, 1, 1);
    List<Article> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = base.get(random.nextInt(base.size()));
      Article b = base.get(random.nextInt(base.size()));
      String[] pa = a.text().split("\n\n");
      String[] pb = b.text().split("\n\n");
      List<String> paragraphs = new ArrayList<>(List.of(pa).subList(0, Math.min(pa.length, 2 + random.nextInt(4))));
      for (int k = 0; k < 2 && pb.length > 0; k++) {
        paragraphs.add(pb[random.nextInt(pb.length)]);
      }
      String text = String.join("\n\n", paragraphs);
      String id = "bench-" + i;
      articles.add(new Article(id, null, a.title(), null,
          PublishDate.ofDay(first.plusDays(random.nextInt(365)), DateSource.GIVEN), "Outlet " + (1 + i % OUTLETS),
          "en", null, text, new Provenance("bench", null, Instant.EPOCH, ContentHash.sha256Hex(id))));
    }
    return articles;
  }
}
