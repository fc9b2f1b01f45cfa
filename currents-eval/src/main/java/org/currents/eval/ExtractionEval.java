package org.currents.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.currents.extract.ArticleExtractor;
import org.currents.model.Article;
import org.currents.model.Outcome;

/**
 * Runs an extractor over the article extraction benchmark and sets its scores beside those of the
 * reference tools on the same pages. A page the extractor skips or fails counts as an empty
 * prediction (it leaves the precision mean and scores 0 recall), exactly as an empty output of
 * any other tool.
 *
 * @param name the row label of the extractor under test
 * @param predictions the extracted body by page id; absent when the page gave no article
 * @param outcomes how many pages ended in each outcome ({@code ok}, {@code not-an-article}, ...)
 */
public record ExtractionEval(
    String name, Map<String, String> predictions, Map<String, Integer> outcomes) {

  public static ExtractionEval run(String name, ArticleExtractor extractor, ArticleBenchmark benchmark)
      throws IOException {
    Map<String, String> predictions = new TreeMap<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (ArticleBenchmark.Page page : benchmark.pages()) {
      Outcome<Article> result = extractor.extract(page.raw());
      outcomes.merge(result.label(), 1, Integer::sum);
      if (result instanceof Outcome.Ok<Article> ok) {
        predictions.put(page.id(), ok.value().text());
      }
    }
    return new ExtractionEval(name, predictions, outcomes);
  }

  /** The table of every tool, best F1 first, the tool under test marked with {@code *}. */
  public List<String> table(ArticleBenchmark benchmark) {
    Map<String, ShingleScores> rows = new LinkedHashMap<>();
    rows.put(name, benchmark.score(predictions));
    benchmark.references().forEach((tool, bodies) -> rows.put(tool, benchmark.score(bodies)));
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "  %-20s %9s %7s %6s %10s", "tool", "precision", "recall", "F1", "predicted"));
    rows.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, ShingleScores> e) -> -e.getValue().f1())
            .thenComparing(Map.Entry::getKey))
        .forEach(
            e -> {
              ShingleScores s = e.getValue();
              lines.add(
                  String.format(
                      Locale.ROOT,
                      "%s %-20s %9.3f %7.3f %6.3f %6d/%d",
                      e.getKey().equals(name) ? "*" : " ",
                      e.getKey(),
                      s.precision(),
                      s.recall(),
                      s.f1(),
                      s.predicted(),
                      s.pages()));
            });
    return lines;
  }

  /** One line per page, worst F1 first: where the extractor loses. */
  public List<String> pageLines(ArticleBenchmark benchmark) {
    record Line(double f1, String text) {}
    List<Line> lines = new ArrayList<>();
    for (ArticleBenchmark.Page page : benchmark.pages()) {
      PageMatch m = PageMatch.of(page.truth(), predictions.getOrDefault(page.id(), ""));
      double f1 = m.tp() == 0 ? 0 : 2 * m.tp() / (2 * m.tp() + m.fp() + m.fn());
      lines.add(
          new Line(
              f1,
              String.format(
                  Locale.ROOT, "%.3f p=%.3f r=%.3f %s %s", f1, m.precision(), m.recall(),
                  page.id().substring(0, 12), page.url())));
    }
    return lines.stream().sorted(Comparator.comparingDouble(Line::f1)).map(Line::text).toList();
  }
}
