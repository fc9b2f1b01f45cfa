package org.currents.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.currents.model.AnnotatedArticle;
import org.jspecify.annotations.Nullable;

/**
 * The signed graph {@link SignedLouvain} partitions into events: each article is tied to its
 * nearest neighbours, found through the keys it shares with them (an inverted index, never all
 * pairs), each tie weighing the pair's cosine in the two articles' local scale minus the join
 * penalty.
 *
 * <p>Why a local scale: how similar two reports of one happening are depends on the happening.
 * Wire copies of a boxing result share nearly every word, so the report of the same champion's
 * next fight is as close to them as two honest reports of an earthquake are to each other. Dividing
 * the cosine by the geometric mean of each article's similarity to its k-th nearest neighbour
 * (Zelnik-Manor and Perona's self-tuning scale) measures a pair against how close each article's
 * own company is, so one threshold serves dense and sparse happenings alike.
 */
final class NeighbourGraph {
  private NeighbourGraph() {}

  /** Weights are kept in fixed point, so that a dot product's sum is exact in any order. */
  private static final double ONE = 1 << 24;

  /**
   * An article's compact vector: term ids ascending, weights (at most 1) at the same positions, in
   * units of 1 / {@link #ONE}. Term ids depend on the batch (a Spark block numbers its terms in its
   * own order); exact integer sums make the cosine the same whatever the order.
   */
  private record Compact(int[] terms, int[] weights) {
    double dot(Compact o) {
      long sum = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < o.terms.length) {
        int c = Integer.compare(terms[i], o.terms[j]);
        if (c == 0) {
          sum += weights[i++] * (long) o.weights[j++];
        } else if (c < 0) {
          i++;
        } else {
          j++;
        }
      }
      return sum / (ONE * ONE);
    }
  }

  /** Articles vectorised this many at a time, so that no more than these maps live at once. */
  private static final int CHUNK = 8192;

  /**
   * The graph of {@code articles} (in publication order; node {@code i} is article {@code i}).
   *
   * @param keys the keys an article is indexed and looked up under, given its vector heaviest terms
   *     first ({@link TermVectors#heaviest})
   */
  static SignedLouvain.Graph of(
      List<AnnotatedArticle> articles,
      TermVectors vectors,
      BiFunction<AnnotatedArticle, List<Map.Entry<String, Double>>, List<String>> keys,
      ClusterConfig config) {
    int n = articles.size();
    Compact[] compact = new Compact[n];
    int[][] keyIds = new int[n][];
    @Nullable LocalDate[] days = new LocalDate[n];
    Map<String, Integer> termIds = new HashMap<>();
    Map<String, Integer> keyIdOf = new HashMap<>();
    List<int[]> postings = new ArrayList<>();
    int[] postingSizes = new int[16];
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      // Vectors in parallel; ids given in article order, so the graph is the same on every run.
      List<List<Map.Entry<String, Double>>> chunk =
          IntStream.range(from, to).parallel()
              .mapToObj(i -> TermVectors.heaviest(vectors.vector(articles.get(i).article())))
              .toList();
      for (int i = from; i < to; i++) {
        List<Map.Entry<String, Double>> heaviest = chunk.get(i - from);
        compact[i] = compact(heaviest.subList(0, Math.min(heaviest.size(), config.termsPerVector())), termIds);
        List<String> ks = keys.apply(articles.get(i), heaviest);
        int[] ids = new int[ks.size()];
        for (int k = 0; k < ids.length; k++) {
          int id = keyIdOf.computeIfAbsent(ks.get(k), x -> postings.size());
          if (id == postings.size()) {
            postings.add(new int[4]);
            if (id == postingSizes.length) {
              postingSizes = Arrays.copyOf(postingSizes, id * 2);
            }
          }
          int[] posting = postings.get(id);
          if (postingSizes[id] == posting.length) {
            posting = Arrays.copyOf(posting, posting.length * 2);
            postings.set(id, posting);
          }
          posting[postingSizes[id]++] = i;
          ids[k] = id;
        }
        keyIds[i] = ids;
        days[i] = TfIdfEventClusterer.publishedDay(articles.get(i).article());
      }
    }
    int[][] postingArrays = new int[postings.size()][];
    for (int k = 0; k < postingArrays.length; k++) {
      postingArrays[k] = Arrays.copyOf(postings.get(k), postingSizes[k]);
    }

    int[][] neighbours = new int[n][];
    float[][] similarity = new float[n][];
    float[] scale = new float[n];
    IntStream.range(0, n).parallel()
        .forEach(i -> nearest(i, compact, keyIds, postingArrays, days, config, neighbours, similarity, scale));
    return signed(neighbours, similarity, scale, days, config);
  }

  /** {@code top} (an article's heaviest terms) with term ids, ids ascending. */
  private static Compact compact(List<Map.Entry<String, Double>> top, Map<String, Integer> termIds) {
    long[] packed = new long[top.size()];
    for (int k = 0; k < packed.length; k++) {
      int id = termIds.computeIfAbsent(top.get(k).getKey(), x -> termIds.size());
      packed[k] = ((long) id << 32) | k;
    }
    Arrays.sort(packed);
    int[] terms = new int[packed.length];
    int[] weights = new int[packed.length];
    for (int k = 0; k < packed.length; k++) {
      terms[k] = (int) (packed[k] >>> 32);
      weights[k] = (int) Math.round(top.get((int) packed[k]).getValue() * ONE);
    }
    return new Compact(terms, weights);
  }

  /**
   * Article {@code i}'s nearest neighbours, indexes ascending: of the articles within {@code
   * candidatesPerKey} places of it in each of its keys' posting lists (in publication order), those
   * found in the most of these windows are scored (the earlier of equals), and the most similar
   * kept; its local scale is the k-th nearest's similarity (the weakest kept when fewer), never
   * under the floor. Articles published more than the quiet period apart are never neighbours. The build puts
   * undated articles after the dated ones, so their windows reach the latest dated articles of
   * each key and the other undated ones.
   */
  private static void nearest(
      int i,
      Compact[] compact,
      int[][] keyIds,
      int[][] postings,
      @Nullable LocalDate[] days,
      ClusterConfig config,
      int[][] neighbours,
      float[][] similarity,
      float[] scale) {
    int window = config.candidatesPerKey();
    int[] found = new int[keyIds[i].length * 2 * window];
    int count = 0;
    for (int key : keyIds[i]) {
      int[] posting = postings[key];
      int at = Arrays.binarySearch(posting, i);
      for (int p = Math.max(0, at - window); p < Math.min(posting.length, at + window + 1); p++) {
        if (p != at) {
          found[count++] = posting[p];
        }
      }
    }
    Arrays.sort(found, 0, count);
    // Candidates by the number of keys they share (the earlier of equals), as one sortable long.
    long[] ranked = new long[count];
    int distinct = 0;
    for (int p = 0; p < count; ) {
      int q = p;
      while (q < count && found[q] == found[p]) {
        q++;
      }
      int j = found[p];
      if (within(days[i], days[j], config.quietDays())) {
        ranked[distinct++] = ((long) -(q - p) << 32) | j;
      }
      p = q;
    }
    Arrays.sort(ranked, 0, distinct);
    int scored = Math.min(distinct, config.scoredCandidates());
    // The most similar (the earlier of equals): similarity's bits, inverted, sort descending.
    long[] bySimilarity = new long[scored];
    for (int r = 0; r < scored; r++) {
      int j = (int) ranked[r];
      float s = Math.max(0f, (float) compact[i].dot(compact[j]));
      bySimilarity[r] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(s)) << 32) | j;
    }
    Arrays.sort(bySimilarity);
    int kept = Math.min(scored, config.neighbours());
    float kth = kept == 0 ? 0 : similarityOf(bySimilarity[Math.min(kept, config.scaleNeighbour()) - 1]);
    scale[i] = (float) Math.max(kth, config.scaleFloor());
    long[] byIndex = new long[kept];
    for (int r = 0; r < kept; r++) {
      long entry = bySimilarity[r];
      byIndex[r] = (entry << 32) | (entry >>> 32);
    }
    Arrays.sort(byIndex);
    int[] js = new int[kept];
    float[] ss = new float[kept];
    for (int r = 0; r < kept; r++) {
      js[r] = (int) (byIndex[r] >>> 32);
      ss[r] = Float.intBitsToFloat(Integer.MAX_VALUE - (int) byIndex[r]);
    }
    neighbours[i] = js;
    similarity[i] = ss;
  }

  /** The similarity of a {@code bySimilarity} entry (its high half). */
  private static float similarityOf(long entry) {
    return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (entry >>> 32));
  }

  /** Articles with no publication date are placed by content alone. */
  private static boolean within(@Nullable LocalDate a, @Nullable LocalDate b, int quietDays) {
    return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= quietDays;
  }

  /**
   * Each article tied to its neighbours, a pair that are each other's neighbours tied once, both
   * ends listing the tie: weight = cosine / sqrt(scale_i * scale_j) - penalty (grown with the days
   * between dated articles).
   */
  private static SignedLouvain.Graph signed(
      int[][] neighbours, float[][] similarity, float[] scale, @Nullable LocalDate[] days, ClusterConfig config) {
    int n = neighbours.length;
    long[] apart = apartThroughUndated(neighbours, days, config.quietDays());
    int[] degree = new int[n];
    forEachTie(neighbours, (i, r) -> {
      degree[i]++;
      degree[neighbours[i][r]]++;
    });
    for (long pair : apart) {
      degree[(int) (pair >>> 32)]++;
      degree[(int) pair]++;
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + degree[i];
    }
    int[] targets = new int[offsets[n]];
    float[] weights = new float[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    forEachTie(neighbours, (i, r) -> {
      int j = neighbours[i][r];
      double penalty = config.joinPenalty();
      if (days[i] != null && days[j] != null) {
        penalty *= 1 + Math.abs(days[i].toEpochDay() - days[j].toEpochDay()) / config.penaltyDoublingDays();
      }
      double w = similarity[i][r] / Math.sqrt(scale[i] * (double) scale[j]) - penalty;
      targets[fill[i]] = j;
      weights[fill[i]++] = (float) w;
      targets[fill[j]] = i;
      weights[fill[j]++] = (float) w;
    });
    for (long pair : apart) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      targets[fill[i]] = j;
      weights[fill[i]++] = -CANNOT_LINK;
      targets[fill[j]] = i;
      weights[fill[j]++] = -CANNOT_LINK;
    }
    return new SignedLouvain.Graph(offsets, targets, weights);
  }

  /** Far above any sum of ties for: two articles tied this way never share an event. */
  private static final float CANNOT_LINK = 1e6f;

  /**
   * Pairs of dated articles more than the quiet period apart that share an undated neighbour, as
   * {@code (low << 32) | high}, each once. Dated articles that far apart are never tied, which in
   * the partition counts as nothing, not as against: an undated report tied to a tsunami's coverage
   * and to an earthquake's five years later would otherwise pull both into one event. A tie against
   * them keeps the two apart, and the undated report joins the side it is closer to.
   */
  private static long[] apartThroughUndated(int[][] neighbours, @Nullable LocalDate[] days, int quietDays) {
    long[] pairs = new long[16];
    int count = 0;
    for (int u = 0; u < neighbours.length; u++) {
      if (days[u] != null) {
        continue;
      }
      int[] ns = neighbours[u];
      for (int x = 0; x < ns.length; x++) {
        for (int y = x + 1; y < ns.length; y++) {
          LocalDate a = days[ns[x]];
          LocalDate b = days[ns[y]];
          if (a != null && b != null && !within(a, b, quietDays)) {
            if (count == pairs.length) {
              pairs = Arrays.copyOf(pairs, count * 2);
            }
            pairs[count++] = ((long) ns[x] << 32) | ns[y]; // neighbours ascend: ns[x] < ns[y]
          }
        }
      }
    }
    Arrays.sort(pairs, 0, count);
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      if (distinct == 0 || pairs[k] != pairs[distinct - 1]) {
        pairs[distinct++] = pairs[k];
      }
    }
    return Arrays.copyOf(pairs, distinct);
  }

  private interface Tie {
    void accept(int article, int rank);
  }

  /** Every tie once: from its lower end when each end lists the other, else from the end that does. */
  private static void forEachTie(int[][] neighbours, Tie tie) {
    for (int i = 0; i < neighbours.length; i++) {
      for (int r = 0; r < neighbours[i].length; r++) {
        int j = neighbours[i][r];
        if (i < j || Arrays.binarySearch(neighbours[j], i) < 0) {
          tie.accept(i, r);
        }
      }
    }
  }
}
