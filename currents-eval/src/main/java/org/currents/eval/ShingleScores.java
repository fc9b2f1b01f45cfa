package org.currents.eval;

import java.util.List;

/**
 * The benchmark's summary of a tool: precision averaged over the pages where it predicted
 * something, recall averaged over the pages with a true body, and F1 of those two averages (not
 * an average of per-page F1s).
 *
 * @param predicted pages with a non-empty prediction
 */
public record ShingleScores(double precision, double recall, double f1, int pages, int predicted) {

  public static ShingleScores of(List<PageMatch> matches) {
    double precision =
        matches.stream().filter(PageMatch::hasPrediction).mapToDouble(PageMatch::precision).average().orElse(0);
    double recall =
        matches.stream().filter(PageMatch::hasTruth).mapToDouble(PageMatch::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    int predicted = (int) matches.stream().filter(PageMatch::hasPrediction).count();
    return new ShingleScores(precision, recall, f1, matches.size(), predicted);
  }
}
