package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.currents.cluster.ClusterConfig;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.eval.ClusterScores;
import org.currents.eval.EcbPlusCorpus;
import org.currents.eval.EventClusteringEval;
import picocli.CommandLine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents eval events DIR}: event clustering on ECB+, BCubed and pairwise. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters every ECB+ document at once (all topics mixed) and scores the events against the",
      "gold events (topic + ecb/ecbplus half): BCubed and pairwise precision, recall and F1.",
      "DIR is the ECB+ folder, e.g. ../shared/data/events/ecbplus."
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The ECB+ folder (holding ECB+/<topic>/...).")
  Path dir;

  /** Which of the gold topics to score: all, or one half, to check settings on topics not tuned on. */
  enum Topics {
    all, odd, even
  }

  @Option(names = "--topics", defaultValue = "all", description = "Score all topics, or only the odd or even ones (default: ${DEFAULT-VALUE}).")
  Topics topics;

  @Option(names = "--penalty", description = "Join penalty (default: the clusterer's).")
  @Nullable Double penalty;

  @Option(names = "--scale-neighbour", description = "k of the local scale (default: the clusterer's).")
  @Nullable Integer scaleNeighbour;

  @Option(names = "--scale-floor", description = "Least local scale (default: the clusterer's).")
  @Nullable Double scaleFloor;

  @Option(names = "--neighbours", description = "Neighbours tied per article (default: the clusterer's).")
  @Nullable Integer neighbours;

  @Option(names = "--opening-chars", description = "Characters of text per vector (default: the clusterer's).")
  @Nullable Integer openingChars;

  @Option(names = "--terms-per-vector", description = "Terms kept per vector (default: the clusterer's).")
  @Nullable Integer termsPerVector;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    List<EcbPlusCorpus.Document> docs =
        EcbPlusCorpus.read(dir).stream().filter(d -> topics == Topics.all || topicNumber(d) % 2 == (topics == Topics.odd ? 1 : 0)).toList();
    EventClusteringEval.Result result =
        new EventClusteringEval(new RuleBasedEntityFinder(), new TfIdfEventClusterer(config())).run(docs);
    ClusterScores s = result.scores();
    out.printf(Locale.ROOT, "ECB+ event clustering: %d documents, %d gold events, %s topics mixed%n", s.items(), s.goldClasses(), topics);
    out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "metric", "precision", "recall", "F1");
    out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "BCubed", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "pairwise", s.pairPrecision(), s.pairRecall(), s.pairF1());
    out.printf(Locale.ROOT, "events found: %d (gold %d); %.1f s%n", s.predictedClusters(), s.goldClasses(), (System.nanoTime() - start) / 1e9);
    out.flush();
    return 0;
  }

  private static int topicNumber(EcbPlusCorpus.Document d) {
    return Integer.parseInt(d.goldEvent().substring(0, d.goldEvent().indexOf('/')));
  }

  /** The clusterer's defaults with the settings given on the command line. */
  private ClusterConfig config() {
    ClusterConfig c = ClusterConfig.defaults();
    return new ClusterConfig(c.quietDays(), c.termsPerArticle(), or(openingChars, c.openingChars()), c.candidatesPerKey(),
        c.scoredCandidates(), or(neighbours, c.neighbours()), or(termsPerVector, c.termsPerVector()),
        or(scaleNeighbour, c.scaleNeighbour()), or(scaleFloor, c.scaleFloor()), or(penalty, c.joinPenalty()),
        c.penaltyDoublingDays());
  }

  private static <T> T or(@Nullable T given, T otherwise) {
    return given == null ? otherwise : given;
  }
}
