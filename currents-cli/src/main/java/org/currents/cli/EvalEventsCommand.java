package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.currents.cluster.TfIdfEventClusterer;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.eval.ClusterScores;
import org.currents.eval.EcbPlusCorpus;
import org.currents.eval.EventClusteringEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    List<EcbPlusCorpus.Document> docs = EcbPlusCorpus.read(dir);
    EventClusteringEval.Result result =
        new EventClusteringEval(new RuleBasedEntityFinder(), new TfIdfEventClusterer()).run(docs);
    ClusterScores s = result.scores();
    out.printf(Locale.ROOT, "ECB+ event clustering: %d documents, %d gold events, all topics mixed%n", s.items(), s.goldClasses());
    out.printf(Locale.ROOT, "%-10s %9s %9s %9s%n", "metric", "precision", "recall", "F1");
    out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "BCubed", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    out.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", "pairwise", s.pairPrecision(), s.pairRecall(), s.pairF1());
    out.printf(Locale.ROOT, "events found: %d (gold %d); %.1f s%n", s.predictedClusters(), s.goldClasses(), (System.nanoTime() - start) / 1e9);
    out.flush();
    return 0;
  }
}
