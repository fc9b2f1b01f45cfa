package org.currents.entity.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.currents.model.AnnotatedArticle;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Scores found mentions against ECB+ gold names.
 *
 * <p>Matching: a found mention matches a gold name when it ends inside the gold head token, so
 * "Barack Obama" matches the markable "President Barack Obama" and "Betty Ford Center" matches "the
 * Betty Ford Center". A found mention that matches no gold name but overlaps a markable that is not
 * a counted name (a common noun phrase, a product) is not scored: ECB+ marks it but not as one of
 * our names. Any other found mention is a false positive; since ECB+ annotates only the
 * participants and places of its events, precision is a lower bound.
 *
 * <p>Cross-document chains: BCubed over the matched mentions, clusters compared within each topic
 * (ECB+ links entities across the documents of a topic): gold clusters are ECB+ instances, found
 * clusters are canonical names.
 */
public final class EntityEvaluation {
  /** Mention counts for one type (or all types). */
  public record Counts(int gold, int found, int correct) {
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, found + o.found, correct + o.correct);
    }
  }

  /** An error worth reading: a missed gold name or a false positive, with its text. */
  public record Miss(String document, String kind, String text, @Nullable EntityType type) {}

  /** Per-type counts, counts ignoring type, BCubed of chains, and the errors. */
  public record Result(Map<EntityType, Counts> byType, Counts anyType, double bcubedPrecision,
      double bcubedRecall, int chainMentions, List<Miss> misses) {
    public Counts allTypes() {
      return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public double bcubedF1() {
      double p = bcubedPrecision, r = bcubedRecall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private record Pair(String topic, String gold, String found) {}

  private EntityEvaluation() {}

  /** Scores {@code found}, one annotated article per document and in the same order. */
  public static Result score(List<EcbPlusCorpus.Document> documents, List<AnnotatedArticle> found) {
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    int[] any = new int[3];
    List<Pair> pairs = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      EcbPlusCorpus.Document doc = documents.get(d);
      List<EcbPlusCorpus.GoldMention> names =
          doc.mentions().stream().filter(g -> g.name() && g.type() != null).toList();
      boolean[] matched = new boolean[names.size()];
      for (EcbPlusCorpus.GoldMention g : names) {
        counts.get(g.type())[0]++;
        any[0]++;
      }
      for (Mention m : found.get(d).mentions()) {
        if (!inScoredSentence(doc, m)) {
          continue;
        }
        int g = matchingName(names, matched, m);
        if (g < 0) {
          if (!overlapsOtherMarkable(doc, m)) {
            counts.get(m.type())[1]++;
            any[1]++;
            misses.add(new Miss(doc.name(), "false positive", m.surface(), m.type()));
          }
          continue;
        }
        matched[g] = true;
        EcbPlusCorpus.GoldMention gold = names.get(g);
        counts.get(m.type())[1]++;
        any[1]++;
        any[2]++;
        if (gold.type() == m.type()) {
          counts.get(m.type())[2]++;
        } else {
          misses.add(new Miss(doc.name(), "wrong type " + gold.type(), m.surface(), m.type()));
        }
        pairs.add(new Pair(doc.topic(), gold.chain(), m.canonicalName()));
      }
      for (int g = 0; g < names.size(); g++) {
        if (!matched[g]) {
          EcbPlusCorpus.GoldMention gold = names.get(g);
          misses.add(new Miss(doc.name(), "missed", doc.text().substring(gold.start(), gold.end()), gold.type()));
        }
      }
    }
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    counts.forEach((t, c) -> byType.put(t, new Counts(c[0], c[1], c[2])));
    double[] bcubed = bcubed(pairs);
    misses.addAll(splitChains(pairs));
    return new Result(byType, new Counts(any[0], any[1], any[2]), bcubed[0], bcubed[1], pairs.size(), misses);
  }

  private static boolean inScoredSentence(EcbPlusCorpus.Document doc, Mention m) {
    for (int[] r : doc.scoredRanges()) {
      if (m.start() >= r[0] && m.end() <= r[1]) {
        return true;
      }
    }
    return false;
  }

  private static int matchingName(List<EcbPlusCorpus.GoldMention> names, boolean[] matched, Mention m) {
    for (int g = 0; g < names.size(); g++) {
      EcbPlusCorpus.GoldMention gold = names.get(g);
      if (!matched[g] && m.end() > gold.headStart() && m.end() <= gold.headEnd()) {
        return g;
      }
    }
    return -1;
  }

  private static boolean overlapsOtherMarkable(EcbPlusCorpus.Document doc, Mention m) {
    return doc.mentions().stream().anyMatch(g -> g.start() < m.end() && m.start() < g.end());
  }

  /** Gold chains that got more than one canonical name: "topic/chain" and the names with counts. */
  private static List<Miss> splitChains(List<Pair> pairs) {
    Map<String, Map<String, Integer>> names = new java.util.TreeMap<>();
    for (Pair p : pairs) {
      names.computeIfAbsent(p.topic() + "/" + p.gold(), k -> new java.util.TreeMap<>()).merge(p.found(), 1, Integer::sum);
    }
    List<Miss> out = new ArrayList<>();
    names.forEach((chain, found) -> {
      if (found.size() > 1) {
        out.add(new Miss(chain, "split chain", found.toString(), null));
      }
    });
    return out;
  }

  /** Mention-averaged BCubed precision and recall, clusters compared within each topic. */
  private static double[] bcubed(List<Pair> pairs) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> foundSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Pair p : pairs) {
      goldSize.merge(p.topic() + "\t" + p.gold(), 1, Integer::sum);
      foundSize.merge(p.topic() + "\t" + p.found(), 1, Integer::sum);
      both.merge(p.topic() + "\t" + p.gold() + "\t" + p.found(), 1, Integer::sum);
    }
    double precision = 0, recall = 0;
    for (Pair p : pairs) {
      double shared = both.get(p.topic() + "\t" + p.gold() + "\t" + p.found());
      precision += shared / foundSize.get(p.topic() + "\t" + p.found());
      recall += shared / goldSize.get(p.topic() + "\t" + p.gold());
    }
    int n = Math.max(1, pairs.size());
    return new double[] {precision / n, recall / n};
  }
}
