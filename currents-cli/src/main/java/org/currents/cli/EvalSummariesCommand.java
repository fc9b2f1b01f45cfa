package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.currents.cluster.EventEntities;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.eval.EcbPlusCorpus;
import org.currents.eval.Rouge;
import org.currents.eval.SummaryBaselines;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.Event;
import org.currents.model.Outcome;
import org.currents.model.Summary;
import org.currents.summarize.CentralSentenceSummarizer;
import org.currents.text.EnglishNlp;
import org.currents.text.Terms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents eval summaries DIR}: one-sentence summaries of ECB+ events against headlines. */
@Command(
    name = "summaries",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises each gold ECB+ event from its articles' bodies (headlines hidden) and scores the",
      "sentence against the event's headlines with ROUGE-1, ROUGE-2 and ROUGE-L F1 (best over",
      "references, and mean), beside baselines computed in the same run.",
      "DIR is the ECB+ folder, e.g. ../shared/data/events/ecbplus."
    })
final class EvalSummariesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The ECB+ folder (holding ECB+/<topic>/...).")
  Path dir;

  /** Sums of one system's scores over events. */
  private static final class Tally {
    final double[] best = new double[3];
    final double[] mean = new double[3];
    double words;
    int events;

    void add(String summary, List<String> references) {
      double[] bestHere = new double[3];
      for (String reference : references) {
        Rouge.Scores s = Rouge.score(summary, reference);
        double[] v = {s.rouge1(), s.rouge2(), s.rougeL()};
        for (int k = 0; k < 3; k++) {
          bestHere[k] = Math.max(bestHere[k], v[k]);
          mean[k] += v[k] / references.size();
        }
      }
      for (int k = 0; k < 3; k++) {
        best[k] += bestHere[k];
      }
      words += Terms.words(summary).size();
      events++;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, List<EcbPlusCorpus.Document>> byEvent = new TreeMap<>();
    for (EcbPlusCorpus.Document d : EcbPlusCorpus.read(dir)) {
      byEvent.computeIfAbsent(d.goldEvent(), k -> new ArrayList<>()).add(d);
    }
    RuleBasedEntityFinder finder = new RuleBasedEntityFinder();
    CentralSentenceSummarizer currents = new CentralSentenceSummarizer();
    SummaryBaselines baselines = new SummaryBaselines(EnglishNlp.shared());
    Random random = new Random(42);
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String name : List.of("Currents", "random article, first sentence", "central article, first sentence", "TextRank")) {
      tallies.put(name, new Tally());
    }
    for (Map.Entry<String, List<EcbPlusCorpus.Document>> event : byEvent.entrySet()) {
      List<String> references = event.getValue().stream().map(EcbPlusCorpus.Document::headline).toList();
      List<AnnotatedArticle> bodies =
          event.getValue().stream()
              .map(d -> withoutHeadline(d.article()))
              .filter(a -> !a.text().isBlank())
              .map(a -> finder.annotate(a) instanceof Outcome.Ok<AnnotatedArticle> ok ? ok.value() : new AnnotatedArticle(a, List.of()))
              .toList();
      if (bodies.isEmpty()) {
        continue;
      }
      List<Article> articles = bodies.stream().map(AnnotatedArticle::article).toList();
      Event gold = new Event(event.getKey(), null, articles.stream().map(Article::id).toList(), EventEntities.weigh(bodies, 20));
      Outcome<Summary> summary = currents.summarize(gold, bodies);
      Function<Outcome<Summary>, String> sentence = o -> o instanceof Outcome.Ok<Summary> ok ? ok.value().sentence() : "";
      tallies.get("Currents").add(sentence.apply(summary), references);
      tallies.get("random article, first sentence").add(baselines.randomFirstSentence(articles, random), references);
      tallies.get("central article, first sentence").add(baselines.centralFirstSentence(articles), references);
      tallies.get("TextRank").add(baselines.textRank(articles), references);
    }
    out.printf(Locale.ROOT, "ECB+ event summaries against headlines: %d events%n", tallies.get("Currents").events);
    out.printf(Locale.ROOT, "%-32s %7s %7s %7s  %7s %7s %7s  %6s%n", "system", "R1best", "R2best", "RLbest", "R1mean", "R2mean", "RLmean", "words");
    tallies.forEach(
        (name, t) ->
            out.printf(Locale.ROOT, "%-32s %7.3f %7.3f %7.3f  %7.3f %7.3f %7.3f  %6.1f%n", name,
                t.best[0] / t.events, t.best[1] / t.events, t.best[2] / t.events,
                t.mean[0] / t.events, t.mean[1] / t.events, t.mean[2] / t.events, t.words / t.events));
    out.flush();
    return 0;
  }

  /** The article as the summariser must see it: the body, its headline (first paragraph) removed. */
  private static Article withoutHeadline(Article a) {
    int end = a.text().indexOf("\n\n");
    String body = end < 0 ? "" : a.text().substring(end + 2);
    return new Article(a.id(), a.url(), null, null, a.published(), a.site(), a.language(), a.image(), body, a.provenance());
  }
}
