package org.currents.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.currents.dedup.DuplicateGroup;
import org.currents.dedup.MinHashDeduplicator;
import org.currents.extract.ArticleExtractor;
import org.currents.extract.DensityArticleExtractor;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.currents.model.Urls;
import org.currents.pipeline.BuildRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code currents eval dedup DIR}: precision and recall of duplicate decisions on a labelled set
 * built from the real benchmark pages. Each page is kept as an original and copied three ways,
 * each copy re-wrapped in another page's boilerplate (its article paragraphs replaced): verbatim,
 * lightly edited (3% of words replaced, 2% dropped) and truncated (35-70% kept). Every copy then goes
 * through the extractor like a fetched page, so it keeps whatever date the donor page gives: the
 * "original named" figure measures the publication-date rule against that noise. Distinct pages are the negatives. The seed is fixed.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a labelled set of syndicated copies from the real benchmark pages (re-wrapped in",
      "other pages' boilerplate; verbatim, lightly edited, truncated) and reports the precision",
      "and recall of duplicate pair decisions, and how often the original is named."
    })
final class DedupEvalCommand implements Callable<Integer> {
  private static final String[] KINDS = {"verbatim", "edited", "truncated"};

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The extraction benchmark folder (holding scrapinghub/).")
  Path dir;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--min-containment",
      defaultValue = "0.8",
      description = "Share of shingles copies must share (default: ${DEFAULT-VALUE}).")
  double minContainment;

  /** An article of the set with its label: the page it tells, and how it was made. */
  private record Item(Article article, int story, String kind) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<BenchmarkPages> pages = BenchmarkPages.load(dir);
    Random random = new Random(seed);
    ArticleExtractor extractor = new DensityArticleExtractor();
    List<String> vocabulary = new ArrayList<>();
    pages.forEach(p -> vocabulary.addAll(Arrays.asList(p.body().split("\\s+"))));
    List<Item> items = new ArrayList<>();
    Map<String, Integer> lost = new HashMap<>();
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < pages.size(); i++) {
      BenchmarkPages page = pages.get(i);
      RawPage original =
          new RawPage("page/" + page.id(), page.url(), page.html(), null, start.plusSeconds(i));
      add(extractor.extract(original), i, "original", items, lost);
      for (String kind : KINDS) {
        List<String> paragraphs = copyText(page.body(), kind, random, vocabulary);
        BenchmarkPages boilerplate = pages.get(0);
        byte[] html = null;
        // A donor whose article the re-wrap could not find (its own story would survive in the
        // copy) is no donor: try another.
        for (int attempt = 0; attempt < 10 && html == null; attempt++) {
          boilerplate = pages.get((i + 1 + random.nextInt(pages.size() - 1)) % pages.size());
          html = rewrap(boilerplate, paragraphs);
        }
        if (html == null) {
          lost.merge(kind + " (no donor)", 1, Integer::sum);
          continue;
        }
        String url =
            "https://" + Urls.host(boilerplate.url()) + "/syndicated/" + page.id().substring(0, 12) + "-" + kind;
        RawPage copy =
            new RawPage(
                "copy/" + page.id() + "/" + kind,
                url,
                html,
                "text/html; charset=utf-8",
                start.plusSeconds(100_000 + items.size()));
        Outcome<Article> extracted = extractor.extract(copy);
        if (extracted instanceof Outcome.Ok<Article> ok && !mostlyFrom(ok.value().text(), paragraphs)) {
          // The extractor took the donor's own content (a table, a list) over the inserted story:
          // the copy no longer tells the story, so it cannot be labelled with it.
          lost.merge(kind + " (donor's content extracted)", 1, Integer::sum);
          continue;
        }
        add(extracted, i, kind, items, lost);
      }
    }
    List<Article> ordered =
        items.stream().map(Item::article).sorted(BuildRun.PUBLICATION_ORDER).toList();
    long began = System.nanoTime();
    List<DuplicateGroup> groups = new MinHashDeduplicator(minContainment).group(ordered);
    long nanos = System.nanoTime() - began;
    report(out, pages.size(), items, groups, lost, nanos);
    return 0;
  }

  private static void add(
      Outcome<Article> outcome, int story, String kind, List<Item> items, Map<String, Integer> lost) {
    if (outcome instanceof Outcome.Ok<Article> ok) {
      items.add(new Item(ok.value(), story, kind));
    } else {
      lost.merge(kind, 1, Integer::sum);
    }
  }

  private static List<String> copyText(
      String body, String kind, Random random, List<String> vocabulary) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(body.strip().split("\\n\\s*\\n")));
    switch (kind) {
      case "edited" -> {
        List<String> edited = new ArrayList<>();
        for (String p : paragraphs) {
          StringBuilder b = new StringBuilder();
          for (String w : p.split(" ")) {
            double r = random.nextDouble();
            if (r < 0.02) {
              continue;
            }
            b.append(r < 0.05 ? vocabulary.get(random.nextInt(vocabulary.size())) : w).append(' ');
          }
          edited.add(b.toString().strip());
        }
        return edited;
      }
      case "truncated" -> {
        int total = body.length();
        double keep = 0.35 + 0.35 * random.nextDouble();
        List<String> kept = new ArrayList<>();
        int chars = 0;
        for (String p : paragraphs) {
          if (!kept.isEmpty() && chars + p.length() > keep * total) {
            break;
          }
          kept.add(p);
          chars += p.length();
        }
        return kept;
      }
      default -> {
        return paragraphs;
      }
    }
  }

  /** Whether at least half the words of {@code text} occur in {@code paragraphs}. */
  static boolean mostlyFrom(String text, List<String> paragraphs) {
    Set<String> inserted = new HashSet<>(words(String.join(" ", paragraphs)));
    List<String> words = words(text);
    long from = words.stream().filter(inserted::contains).count();
    return 2 * from >= words.size();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /**
   * {@code donor}'s page with its article paragraphs (the element holding the most {@code <p>}
   * children) replaced by {@code paragraphs}, and its canonical URL removed; null when the
   * donor's own article text is still there after the replacement.
   */
  static byte @Nullable [] rewrap(BenchmarkPages donor, List<String> paragraphs) {
    Document doc = Jsoup.parse(new String(donor.html(), StandardCharsets.UTF_8));
    Element container = doc.body();
    int most = 0;
    for (Element e : doc.body().select("*")) {
      int ps = e.children().select("> p").size();
      if (ps > most) {
        most = ps;
        container = e;
      }
    }
    container.children().select("> p").remove();
    for (String p : paragraphs) {
      container.appendElement("p").text(p);
    }
    doc.select("link[rel=canonical], meta[property=og:url]").remove();
    doc.charset(StandardCharsets.UTF_8);
    String left = doc.body().text();
    for (String p : donor.body().split("\\n\\s*\\n")) {
      String probe = p.strip();
      if (probe.length() >= 60 && left.contains(probe.substring(0, 60))) {
        return null;
      }
    }
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  private static void report(
      PrintWriter out,
      int pages,
      List<Item> items,
      List<DuplicateGroup> groups,
      Map<String, Integer> lost,
      long nanos) {
    Map<String, Integer> groupOf = new HashMap<>();
    Map<String, String> originalOfGroup = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      groupOf.put(groups.get(g).original(), g);
      for (String c : groups.get(g).copies()) {
        groupOf.put(c, g);
      }
      originalOfGroup.put(String.valueOf(g), groups.get(g).original());
    }
    long tp = 0, fp = 0, fn = 0;
    Map<String, long[]> byKind = new HashMap<>();
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        Item x = items.get(a);
        Item y = items.get(b);
        boolean same = x.story() == y.story();
        boolean predicted =
            groupOf.get(x.article().id()).equals(groupOf.get(y.article().id()));
        if (same && predicted) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (same) {
          fn++;
        }
        if (same && (x.kind().equals("original") || y.kind().equals("original"))) {
          String kind = x.kind().equals("original") ? y.kind() : x.kind();
          long[] counts = byKind.computeIfAbsent(kind, k -> new long[2]);
          counts[0]++;
          counts[1] += predicted ? 1 : 0;
        }
      }
    }
    int named = 0, namable = 0;
    for (Item item : items) {
      if (item.kind().equals("original")) {
        namable++;
        String original = originalOfGroup.get(String.valueOf(groupOf.get(item.article().id())));
        named += original.equals(item.article().id()) ? 1 : 0;
      }
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    out.printf("dedup eval: %d real pages, %d articles after extraction (lost in extraction: %s)%n",
        pages, items.size(), lost.isEmpty() ? "none" : lost);
    out.printf("pairs: %d same-story, %d different-story%n", tp + fn,
        (long) items.size() * (items.size() - 1) / 2 - tp - fn);
    out.printf("precision %.4f  recall %.4f  F1 %.4f  (tp %d, fp %d, fn %d)%n",
        precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall), tp, fp, fn);
    for (String kind : KINDS) {
      long[] c = byKind.getOrDefault(kind, new long[2]);
      out.printf("  original-%s pairs found: %d of %d (%.3f)%n", kind, c[1], c[0], c[1] / (double) Math.max(1, c[0]));
    }
    out.printf("original named as the group's original: %d of %d (%.3f)%n", named, namable,
        named / (double) Math.max(1, namable));
    out.printf("grouping time: %.1f ms for %d articles%n", nanos / 1e6, items.size());
  }
}
