package org.currents.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.currents.internal.UnionFind;
import org.currents.model.Article;
import org.currents.text.Terms;

/**
 * Exact duplicates (same URL, same text hash) and near duplicates: MinHash signatures of word
 * 3-shingles, banded for locality-sensitive hashing (32 bands of 2 rows: pairs with a shingle
 * Jaccard of 0.3 become candidates 95% of the time, of 0.05 8%; a copy truncated to a third of the
 * original has a Jaccard near 0.33), each candidate confirmed by
 * shingle containment, so that a copy wrapped in other boilerplate or truncated still counts. The
 * earliest copy in input order is the original.
 *
 * <p>Design decision: candidates come from band buckets, never from all pairs, so cost grows with
 * the number of articles, not its square. The hash seeds are fixed, so results are repeatable.
 * Thread safe (no state between calls).
 */
public final class MinHashDeduplicator implements Deduplicator {
  private static final int SHINGLE = 3;
  private static final int BANDS = 32;
  private static final int ROWS = 2;
  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    long seed = 0x5DEECE66DL;
    for (int k = 0; k < SEEDS.length; k++) {
      seed = mix(seed + 0x9E3779B97F4A7C15L);
      SEEDS[k] = seed;
    }
  }

  private final double minContainment;

  /** Copies must share at least 80% of the smaller article's shingles. */
  public MinHashDeduplicator() {
    this(0.8);
  }

  public MinHashDeduplicator(double minContainment) {
    if (minContainment <= 0 || minContainment > 1) {
      throw new IllegalArgumentException("minContainment must be in (0, 1]");
    }
    this.minContainment = minContainment;
  }

  @Override
  public List<DuplicateGroup> group(List<Article> articles) {
    int n = articles.size();
    UnionFind uf = new UnionFind(n);
    Map<String, Integer> byKey = new HashMap<>();
    List<Set<Long>> shingles = new ArrayList<>(n);
    List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      for (String key : exactKeys(a)) {
        Integer earlier = byKey.putIfAbsent(key, i);
        if (earlier != null) {
          uf.union(earlier, i);
        }
      }
      Set<Long> mine = shingles(a.text());
      shingles.add(mine);
      if (mine.isEmpty()) {
        continue;
      }
      long[] signature = minHashes(mine);
      Set<Integer> candidates = new HashSet<>();
      for (int b = 0; b < BANDS; b++) {
        long band = 0;
        for (int r = 0; r < ROWS; r++) {
          band = mix(band * 31 + signature[b * ROWS + r]);
        }
        List<Integer> bucket = bands.get(b).computeIfAbsent(band, k -> new ArrayList<>());
        candidates.addAll(bucket);
        bucket.add(i);
      }
      for (int j : candidates.stream().sorted().toList()) {
        if (uf.find(j) != uf.find(i) && containment(mine, shingles.get(j)) >= minContainment) {
          uf.union(j, i);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(i);
    }
    List<DuplicateGroup> out = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      String original = articles.get(members.get(0)).id();
      List<String> copies = members.subList(1, members.size()).stream().map(k -> articles.get(k).id()).toList();
      out.add(new DuplicateGroup(original, copies));
    }
    return out;
  }

  private static List<String> exactKeys(Article a) {
    List<String> keys = new ArrayList<>(2);
    keys.add("text:" + a.provenance().contentHash());
    if (a.url() != null && !a.url().isBlank()) {
      keys.add("url:" + a.url().trim());
    }
    return keys;
  }

  private static Set<Long> shingles(String text) {
    List<String> words = Terms.words(text.toLowerCase(java.util.Locale.ROOT));
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(fnv64(String.join(" ", words.subList(i, i + SHINGLE))));
    }
    return out;
  }

  private static long[] minHashes(Set<Long> shingles) {
    long[] min = new long[BANDS * ROWS];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int k = 0; k < min.length; k++) {
        long h = mix(shingle ^ SEEDS[k]);
        if (h < min[k]) {
          min[k] = h;
        }
      }
    }
    return min;
  }

  private static double containment(Set<Long> a, Set<Long> b) {
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (long s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }

  private static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A 64-bit finaliser (SplitMix64), so every bit of a shingle hash is well mixed. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

}
