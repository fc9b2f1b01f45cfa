package org.currents.cluster;

/**
 * Settings of the event clusterer.
 *
 * @param quietDays articles published more than this many days apart are never tied directly
 *     (an event may still run longer through the articles between them)
 * @param termsPerArticle how many of an article's heaviest terms (beside its entities) find its
 *     candidate neighbours
 * @param openingChars how much of each article's text its vector is built from
 * @param candidatesPerKey how many articles on each side of an article, in publication order, each
 *     of its keys' posting lists offers as candidates, so that common words cannot make the cost
 *     quadratic
 * @param scoredCandidates at most this many candidates (those sharing the most keys) are scored in
 *     full, as cosine is the costly part
 * @param neighbours how many of the most similar candidates each article is tied to
 * @param termsPerVector how many of an article's heaviest terms its kept vector holds
 * @param scaleNeighbour the local scale of an article is its similarity to its k-th nearest
 *     neighbour, this k
 * @param scaleFloor the least local scale, so that an article with few or faint neighbours is not
 *     measured against nothing
 * @param joinPenalty what a tie costs: a pair in one event adds its scaled similarity minus this
 * @param penaltyDoublingDays between two dated articles the penalty grows with the days between
 *     them, doubling at this many: reports of one happening come within days, while the next stage
 *     of a race or hearing of a trial, as similar in words, comes later
 */
public record ClusterConfig(
    int quietDays,
    int termsPerArticle,
    int openingChars,
    int candidatesPerKey,
    int scoredCandidates,
    int neighbours,
    int termsPerVector,
    int scaleNeighbour,
    double scaleFloor,
    double joinPenalty,
    double penaltyDoublingDays) {
  public ClusterConfig {
    if (quietDays < 0 || termsPerArticle < 1 || openingChars < 1 || candidatesPerKey < 1
        || scoredCandidates < 1 || neighbours < 1 || termsPerVector < 1 || scaleNeighbour < 1
        || !(scaleFloor > 0) || !(joinPenalty > 0) || !(penaltyDoublingDays > 0)) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "bad cluster config: quietDays %d, termsPerArticle %d, openingChars %d, candidatesPerKey %d,"
              + " scoredCandidates %d, neighbours %d, termsPerVector %d, scaleNeighbour %d, scaleFloor %s,"
              + " joinPenalty %s, penaltyDoublingDays %s", quietDays, termsPerArticle, openingChars, candidatesPerKey, scoredCandidates,
          neighbours, termsPerVector, scaleNeighbour, scaleFloor, joinPenalty, penaltyDoublingDays));
    }
  }

  /** A copy with another {@link #termsPerArticle}. */
  public ClusterConfig withTermsPerArticle(int terms) {
    return new ClusterConfig(quietDays, terms, openingChars, candidatesPerKey, scoredCandidates, neighbours,
        termsPerVector, scaleNeighbour, scaleFloor, joinPenalty, penaltyDoublingDays);
  }

  /**
   * Chosen on ECB+ (see {@code currents eval events} and the README). A 30-day quiet period keeps
   * an event's follow-ups without tying the same kind of happening months apart.
   */
  public static ClusterConfig defaults() {
    return new ClusterConfig(30, 12, 3000, 64, 64, 20, 160, 6, 0.15, 0.7, 3);
  }
}
