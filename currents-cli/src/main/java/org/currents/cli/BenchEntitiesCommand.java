package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.currents.entity.AliasTable;
import org.currents.entity.EntityFinder;
import org.currents.entity.EntityFinderProvider;
import org.currents.entity.RuleBasedEntityFinder;
import org.currents.entity.eval.EcbPlusCorpus;
import org.currents.ingest.FileInputReader;
import org.currents.model.Article;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.text.EnglishNlp;
import org.currents.text.TextSpan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench entities SOURCE...}: load time of the models and the alias table, and
 * articles per second on a fixed number of threads: the default finder, side by side with the same
 * finder on OpenNLP's statistical tokens and tags, and with those models alone.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Times the default entity finder: model and alias-table load, then articles/s over the",
      "articles of SOURCE (JSON Lines of articles, or the ECB+ folder), next to the finder on",
      "OpenNLP's statistical tokens and tags, and those models alone; with --tagger corenlp",
      "also the opt-in CoreNLP tagger."
    })
final class BenchEntitiesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "JSON Lines files of articles (e.g. samples/*.jsonl) or the ECB+ folder.")
  List<Path> sources;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--min-articles", defaultValue = "10000",
      description = {"Articles per timed round; the input is repeated to reach it (default: ${DEFAULT-VALUE}).",
          "The rows on OpenNLP's statistical tokens and tags time a tenth of it."})
  int minArticles;

  @Option(names = "--rounds", defaultValue = "3",
      description = "Timed rounds after one warm-up round; the best is reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--tagger", paramLabel = "NAME", defaultValue = "default",
      description = {"default, or corenlp (or corenlp-fine) to time the opt-in CoreNLP tagger too,",
          "on a hundredth of each round (default: ${DEFAULT-VALUE})."})
  String tagger;

  @Override
  public Integer call() throws IOException, InterruptedException, ExecutionException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || minArticles < 1 || rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads, --min-articles and --rounds must be positive");
    }
    if (!tagger.equals("default") && !OptionalTaggers.NAMES.contains(tagger)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--tagger must be default or one of " + OptionalTaggers.NAMES);
    }
    Optional<EntityFinderProvider> optional = tagger.equals("default") ? Optional.empty() : EntityFinderProvider.named(tagger);
    if (!tagger.equals("default") && optional.isEmpty()) {
      err.println("currents: " + OptionalTaggers.NOT_BUILT);
      return 1;
    }
    List<Article> articles = new ArrayList<>();
    for (Path source : sources) {
      if (!Files.exists(source)) {
        err.println("currents: no such input: " + source);
        return 1;
      }
      read(source, articles::add);
    }
    if (articles.isEmpty()) {
      err.println("currents: no articles in " + sources);
      return 1;
    }
    long t0 = System.nanoTime();
    EnglishNlp nlp = EnglishNlp.shared();
    long t1 = System.nanoTime();
    AliasTable aliases = AliasTable.bundled();
    long t2 = System.nanoTime();
    EntityFinder finder = new RuleBasedEntityFinder(aliases, nlp, false);
    EntityFinder modelFinder = new RuleBasedEntityFinder(aliases, nlp, true);
    out.printf(Locale.ROOT, "load: OpenNLP models %.2f s, alias table %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    EntityFinder reference = null;
    if (optional.isPresent()) {
      long t3 = System.nanoTime();
      reference = optional.get().create();
      out.printf(Locale.ROOT, "load: %s %.2f s%n", optional.get().label(), (System.nanoTime() - t3) / 1e9);
    }

    List<Article> round = new ArrayList<>();
    while (round.size() < minArticles) {
      round.addAll(articles);
    }
    long chars = round.stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "input: %d distinct articles, %d per round (%.0f characters each on average), %d threads%n",
        articles.size(), round.size(), (double) chars / round.size(), threads);
    double finderRate = articlesPerSecond(round, finder::annotate);
    // The statistical models are some twenty times slower: a tenth of the round keeps the run short.
    List<Article> tenth = round.subList(0, Math.max(1, round.size() / 10));
    double modelRate = articlesPerSecond(tenth, modelFinder::annotate);
    double tagsOnly = articlesPerSecond(tenth, a -> tagOnly(nlp, a.text()));
    out.printf(Locale.ROOT, "%-44s %12s %8s%n", "", "articles/s", "ratio");
    out.printf(Locale.ROOT, "%-44s %12.0f %8.2f%n", "default entity finder", finderRate, 1.0);
    out.printf(Locale.ROOT, "%-44s %12.0f %8.2f%n", "finder on OpenNLP tokens+tags", modelRate, modelRate / finderRate);
    out.printf(Locale.ROOT, "%-44s %12.0f %8.2f%n", "OpenNLP sentences+tokens+tags alone", tagsOnly, tagsOnly / finderRate);
    if (reference != null) {
      // CoreNLP's CRF taggers are two orders of magnitude slower: a hundredth of the round.
      double referenceRate = articlesPerSecond(round.subList(0, Math.max(1, round.size() / 100)), reference::annotate);
      out.printf(Locale.ROOT, "%-44s %12.0f %8.3f%n", optional.get().name() + " tagger (opt-in)", referenceRate, referenceRate / finderRate);
    }
    out.flush();
    return 0;
  }

  private static void read(Path source, Consumer<Article> sink) throws IOException {
    if (Files.isDirectory(source.resolve("ECB+"))) {
      for (EcbPlusCorpus.Document d : EcbPlusCorpus.read(source)) {
        sink.accept(d.article());
      }
      return;
    }
    FileInputReader.withDefaults().read(source.toString(), outcome -> {
      if (outcome instanceof Outcome.Ok<Ingested> ok && ok.value() instanceof Article a) {
        sink.accept(a);
      }
    });
  }

  private static void tagOnly(EnglishNlp nlp, String text) {
    for (TextSpan s : nlp.sentences(text)) {
      String sentence = s.of(text);
      nlp.tags(nlp.tokens(sentence).stream().map(t -> t.of(sentence)).toArray(String[]::new));
    }
  }

  /** Best of {@link #rounds} timed rounds after a warm-up, on a pool of {@link #threads}. */
  private double articlesPerSecond(List<Article> round, Consumer<Article> work)
      throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      double best = 0;
      for (int r = 0; r <= rounds; r++) {
        long start = System.nanoTime();
        pool.submit(() -> round.parallelStream().forEach(work)).get();
        double rate = round.size() / ((System.nanoTime() - start) / 1e9);
        if (r > 0) {
          best = Math.max(best, rate);
        }
      }
      return best;
    } finally {
      pool.shutdown();
    }
  }
}
