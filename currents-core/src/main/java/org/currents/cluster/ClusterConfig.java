package org.currents.cluster;

/**
 * Settings of the online clusterer.
 *
 * @param joinThreshold the least similarity at which an article joins an existing event
 * @param quietDays an event takes no dated article more than this many days after its latest one
 * @param termsPerArticle how many of an article's heaviest terms find candidate events
 * @param entityWeight the share of the similarity that comes from shared entities (the rest is
 *     text)
 */
public record ClusterConfig(double joinThreshold, int quietDays, int termsPerArticle, double entityWeight) {
  public ClusterConfig {
    if (joinThreshold <= 0 || joinThreshold >= 1 || quietDays < 0 || termsPerArticle < 1
        || entityWeight < 0 || entityWeight > 1) {
      throw new IllegalArgumentException("bad cluster config: " + joinThreshold + ", " + quietDays
          + ", " + termsPerArticle + ", " + entityWeight);
    }
  }

  /** Defaults chosen on the ECB+ tuning topics (see {@code currents eval events}). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.3, 3, 12, 0.25);
  }
}
