package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.currents.entity.AliasTable;
import org.currents.entity.EntityFinder;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.entity.eval.EcbPlusCorpus;
import org.currents.entity.eval.EntityEvaluation;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Outcome;
import org.currents.text.EnglishNlp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents eval entities DIR}: mentions and cross-document chains against ECB+. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the entity finder on ECB+ (the folder holding ECB+/ and",
      "ECBplus_coreference_sentences.csv): mention precision, recall and F1 by type on the",
      "sentences the CSV lists, restricted to names, and BCubed of cross-document chains."
    })
final class EvalEntitiesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The ECB+ folder, e.g. ../shared/data/events/ecbplus.")
  Path dir;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also print the first N errors (missed names, false positives, wrong types).")
  int errors;

  @Option(names = "--opennlp-tokens",
      description = "Also score the finder on OpenNLP's statistical tokens and tags (row \"opennlp\").")
  boolean modelTokens;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<EcbPlusCorpus.Document> documents = EcbPlusCorpus.read(dir);
    long gold = documents.stream().flatMap(d -> d.mentions().stream()).filter(g -> g.name() && g.type() != null).count();
    long sentences = documents.stream().mapToLong(d -> d.scoredRanges().size()).sum();
    out.printf(Locale.ROOT, "ECB+ %s: %d documents, %d scored sentences, %d gold names%n", dir,
        documents.size(), sentences, gold);
    out.printf(Locale.ROOT, "%-8s %-13s %6s %6s %7s %6s %6s %6s%n",
        "tagger", "type", "gold", "found", "correct", "P", "R", "F1");
    EntityEvaluation.Result result = evaluate(new RuleBasedEntityFinder(), documents);
    print(out, "default", result);
    if (modelTokens) {
      print(out, "opennlp", evaluate(new RuleBasedEntityFinder(AliasTable.bundled(), EnglishNlp.shared(), true), documents));
    }
    for (EntityEvaluation.Miss miss : result.misses().subList(0, Math.min(errors, result.misses().size()))) {
      out.printf(Locale.ROOT, "  %-16s %-24s %-13s %s%n", miss.document(), miss.kind(), miss.type(), miss.text());
    }
    out.flush();
    return 0;
  }

  static EntityEvaluation.Result evaluate(EntityFinder finder, List<EcbPlusCorpus.Document> documents) {
    List<AnnotatedArticle> found =
        documents.parallelStream().map(d -> annotate(finder, d)).toList();
    return EntityEvaluation.score(documents, finder.joinAcrossArticles(found));
  }

  private static AnnotatedArticle annotate(EntityFinder finder, EcbPlusCorpus.Document d) {
    Article article = d.article();
    return finder.annotate(article) instanceof Outcome.Ok<AnnotatedArticle> ok
        ? ok.value()
        : new AnnotatedArticle(article, List.of());
  }

  private static void print(PrintWriter out, String tagger, EntityEvaluation.Result r) {
    for (EntityType t : EntityType.values()) {
      row(out, tagger, t.name(), r.byType().get(t));
    }
    row(out, tagger, "all", r.allTypes());
    row(out, tagger, "all, untyped", r.anyType());
    out.printf(Locale.ROOT, "%-8s %-13s %6s %6d %7s %6.3f %6.3f %6.3f   (cross-document BCubed over matched mentions)%n",
        tagger, "chains", "", r.chainMentions(), "", r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1());
  }

  private static void row(PrintWriter out, String tagger, String type, EntityEvaluation.Counts c) {
    out.printf(Locale.ROOT, "%-8s %-13s %6d %6d %7d %6.3f %6.3f %6.3f%n",
        tagger, type, c.gold(), c.found(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
