package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.currents.entity.AliasTable;
import org.currents.entity.EntityFinder;
import org.currents.entity.EntityFinderProvider;
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
      "sentences the CSV lists, restricted to names, and BCubed of cross-document chains;",
      "the default tagger beside the opt-in CoreNLP tagger when it is built."
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

  @Option(names = "--tagger", paramLabel = "NAME", defaultValue = "all",
      description = {"default, corenlp, corenlp-fine (with CoreNLP's fine-grained gazetteers), or all:",
          "the default and, when built, corenlp side by side (default: ${DEFAULT-VALUE})."})
  String tagger;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean optionalOnly = OptionalTaggers.NAMES.contains(tagger);
    if (!optionalOnly && !tagger.equals("default") && !tagger.equals("all")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--tagger must be default, all or one of " + OptionalTaggers.NAMES);
    }
    Optional<EntityFinderProvider> optional = tagger.equals("default") ? Optional.empty()
        : EntityFinderProvider.named(optionalOnly ? tagger : OptionalTaggers.CORENLP);
    if (optionalOnly && optional.isEmpty()) {
      spec.commandLine().getErr().println("currents: " + OptionalTaggers.NOT_BUILT);
      return 1;
    }
    List<EcbPlusCorpus.Document> documents = EcbPlusCorpus.read(dir);
    long gold = documents.stream().flatMap(d -> d.mentions().stream()).filter(g -> g.name() && g.type() != null).count();
    long sentences = documents.stream().mapToLong(d -> d.scoredRanges().size()).sum();
    out.printf(Locale.ROOT, "ECB+ %s: %d documents, %d scored sentences, %d gold names%n", dir,
        documents.size(), sentences, gold);
    out.printf(Locale.ROOT, "%-12s %-13s %6s %6s %7s %6s %6s %6s%n",
        "tagger", "type", "gold", "found", "correct", "P", "R", "F1");
    EntityEvaluation.Result result = null;
    if (!optionalOnly) {
      result = evaluate(new RuleBasedEntityFinder(), documents);
      print(out, "default", result);
    }
    if (modelTokens) {
      print(out, "opennlp", evaluate(new RuleBasedEntityFinder(AliasTable.bundled(), EnglishNlp.shared(), true), documents));
    }
    EntityEvaluation.Result reference = null;
    if (optional.isPresent()) {
      reference = evaluate(optional.get().create(), documents);
      print(out, optional.get().name(), reference);
    } else if (tagger.equals("all")) {
      out.println(OptionalTaggers.NOT_BUILT);
    }
    if (result != null && reference != null) {
      compare(out, result, reference);
    }
    // --errors lists the default tagger's errors, or CoreNLP's when it runs alone.
    List<EntityEvaluation.Miss> misses = (result != null ? result : reference).misses();
    for (EntityEvaluation.Miss miss : misses.subList(0, Math.min(errors, misses.size()))) {
      out.printf(Locale.ROOT, "  %-16s %-24s %-13s %s%n", miss.document(), miss.kind(), miss.type(), miss.text());
    }
    out.flush();
    return 0;
  }

  /** The issue's target: the default tagger within 0.05 mention F1 of CoreNLP. */
  private static void compare(PrintWriter out, EntityEvaluation.Result ours, EntityEvaluation.Result reference) {
    out.printf(Locale.ROOT, "%-12s %-13s", "default", "- corenlp");
    for (EntityType t : EntityType.values()) {
      out.printf(Locale.ROOT, "  %s F1 %+.3f", t.name().toLowerCase(Locale.ROOT),
          ours.byType().get(t).f1() - reference.byType().get(t).f1());
    }
    double gap = ours.allTypes().f1() - reference.allTypes().f1();
    out.printf(Locale.ROOT, "  all F1 %+.3f  chains BCubed F1 %+.3f%n", gap, ours.bcubedF1() - reference.bcubedF1());
    out.printf(Locale.ROOT, "target, default within 0.05 mention F1 of CoreNLP: %s%n", gap >= -0.05 ? "met" : "not met");
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
    out.printf(Locale.ROOT, "%-12s %-13s %6s %6d %7s %6.3f %6.3f %6.3f   (cross-document BCubed over matched mentions)%n",
        tagger, "chains", "", r.chainMentions(), "", r.bcubedPrecision(), r.bcubedRecall(), r.bcubedF1());
  }

  private static void row(PrintWriter out, String tagger, String type, EntityEvaluation.Counts c) {
    out.printf(Locale.ROOT, "%-12s %-13s %6d %6d %7d %6.3f %6.3f %6.3f%n",
        tagger, type, c.gold(), c.found(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
