package org.currents.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.currents.model.Article;
import org.currents.model.Urls;
import org.currents.text.TextSpan;

/**
 * Exact duplicates (same URL, same text hash) and near duplicates: one-permutation MinHash
 * sketches of word 3-shingles ({@link TextSketch}), banded for locality-sensitive hashing ({@link
 * NearDuplicateIndex}); a candidate whose estimated containment is near the threshold is confirmed
 * by the exact share of the smaller text's shingles found in the other, so that a copy wrapped in
 * other boilerplate, lightly edited or truncated counts, and two rewrites of one wire story (whose
 * estimate can stray by 0.1 either way) do not. The original of each group is named by
 * {@link OriginalPublisher}: a canonical link to another outlet, else the earliest copy.
 *
 * <p>Design decision: candidates come from band buckets, never from all pairs, so cost grows with
 * the number of articles, not its square; sketches are computed in parallel, grouping runs in
 * input order, so results are repeatable. Thread safe (no state between calls).
 */
public final class MinHashDeduplicator implements Deduplicator {
  /** How far below the threshold an estimate may fall and still be checked exactly. */
  private static final double ESTIMATE_SLACK = 0.25;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private final double minContainment;

  /** Copies must share an estimated 80% of the smaller article's shingles. */
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
    List<String> texts = withoutSiteFurniture(articles);
    List<TextSketch> sketches = texts.parallelStream().map(TextSketch::of).toList();
    Map<Integer, long[]> shingles = new HashMap<>();
    NearDuplicateIndex index =
        new NearDuplicateIndex(
            (earlier, later, estimate) ->
                candidate(estimate)
                    && confirmed(
                        shingles.computeIfAbsent(earlier, k -> TextSketch.shingleSet(texts.get(k))),
                        shingles.computeIfAbsent(later, k -> TextSketch.shingleSet(texts.get(k)))));
    for (int i = 0; i < articles.size(); i++) {
      index.add(exactKeys(articles.get(i)), sketches.get(i));
    }
    Map<Integer, List<Article>> groups = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(index.groupOf(i), r -> new ArrayList<>()).add(articles.get(i));
    }
    List<DuplicateGroup> out = new ArrayList<>();
    for (List<Article> members : groups.values()) {
      out.add(groupOf(members));
    }
    return out;
  }

  /**
   * The group of {@code members}, copies of one story in publication order: its original named by
   * {@link OriginalPublisher}, the others its copies.
   */
  public static DuplicateGroup groupOf(List<Article> members) {
    Article original = OriginalPublisher.of(members);
    List<String> copies = members.stream().filter(m -> m != original).map(Article::id).toList();
    return new DuplicateGroup(original.id(), copies);
  }

  /**
   * Whether two sketched texts are close enough to be compared exactly ({@link #confirmed}): the
   * first of the two tests a candidate pair from a shared LSH band passes.
   */
  public boolean candidate(TextSketch earlier, TextSketch later) {
    return candidate(later.containment(earlier));
  }

  private boolean candidate(double estimatedContainment) {
    return estimatedContainment >= minContainment - ESTIMATE_SLACK;
  }

  /**
   * Whether two texts (without site furniture) are copies: exact containment of their {@link
   * #shingles}.
   */
  public boolean confirmed(long[] earlierShingles, long[] laterShingles) {
    return containment(earlierShingles, laterShingles) >= minContainment;
  }

  /** The distinct shingle hashes of {@code text}, sorted: what {@link #confirmed} compares. */
  public static long[] shingles(String text) {
    return TextSketch.shingleSet(text);
  }

  /**
   * Each article's text without its site's furniture: paragraphs that occur word for word in
   * another article of the same domain (a "related stories" box, a cookie notice, a sign-off the
   * extractor let through). Two stories wrapped in one site's template would otherwise share
   * those paragraphs, and a short story could seem contained in a long one. An article that is
   * all furniture keeps its text (it then matches only as an exact or near-exact whole).
   */
  private static List<String> withoutSiteFurniture(List<Article> articles) {
    Map<Long, Integer> seen = new HashMap<>();
    List<long[]> keys = new ArrayList<>(articles.size());
    for (Article a : articles) {
      long[] mine = paragraphKeys(a);
      for (long k : Arrays.stream(mine).distinct().toArray()) {
        if (k != 0) {
          seen.merge(k, 1, Integer::sum);
        }
      }
      keys.add(mine);
    }
    List<String> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      out.add(withoutFurniture(articles.get(i), keys.get(i), k -> seen.get(k) >= 2));
    }
    return out;
  }

  /**
   * One key per paragraph of {@code a}'s text, in order: the paragraph and the site it was
   * fetched from, hashed; 0 when the site is unknown. A non-zero key found in two or more
   * articles marks site furniture.
   */
  public static long[] paragraphKeys(Article a) {
    List<String> parts = paragraphs(a.text());
    long[] keys = new long[parts.size()];
    // The site whose template wrapped the text is the one it was fetched from.
    String fetched = Urls.host(a.provenance().fetchedUrl());
    String domain = fetched != null ? fetched : a.domain();
    if (domain == null) {
      return keys;
    }
    long site = fnv64(FNV_OFFSET, domain + '\n', 0, domain.length() + 1);
    for (int p = 0; p < parts.size(); p++) {
      String part = parts.get(p);
      TextSpan kept = TextSpan.stripped(part);
      keys[p] = fnv64(site, part, kept.start(), kept.end());
    }
    return keys;
  }

  /**
   * {@code text} split at blank lines, as {@code text.split("\\n\\s*\\n")} would split it, without
   * the regular expression: this runs over every paragraph of every article twice.
   */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = text.indexOf('\n');
    while (i >= 0) {
      int lastBreak = -1;
      for (int j = i + 1; j < n && isRegexSpace(text.charAt(j)); j++) {
        if (text.charAt(j) == '\n') {
          lastBreak = j;
        }
      }
      if (lastBreak >= 0) {
        out.add(text.substring(start, i));
        start = lastBreak + 1;
        i = text.indexOf('\n', start);
      } else {
        i = text.indexOf('\n', i + 1);
      }
    }
    out.add(text.substring(start));
    // As String.split: without a break the text is the one part, even when empty; with breaks,
    // trailing empty parts are dropped.
    if (start > 0) {
      while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }

  /** The white space of a regular expression's {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code a}'s text without the paragraphs whose keys ({@link #paragraphKeys}) are {@code
   * repeated}; the whole text when nothing else is left.
   */
  public static String withoutFurniture(Article a, long[] keys, LongPredicate repeated) {
    List<String> parts = paragraphs(a.text());
    StringBuilder kept = new StringBuilder();
    for (int p = 0; p < parts.size(); p++) {
      if (keys[p] == 0 || !repeated.test(keys[p])) {
        kept.append(parts.get(p)).append("\n\n");
      }
    }
    return kept.length() == 0 ? a.text() : kept.toString();
  }

  /** The exact share of the smaller set found in the other; both sorted and distinct. */
  private static double containment(long[] a, long[] b) {
    long[] small = a.length <= b.length ? a : b;
    long[] large = small == a ? b : a;
    if (small.length == 0) {
      return 0;
    }
    int shared = TextSketch.sharedCount(small, large);
    // As in TextSketch#containment: a short text must match as a whole, not as a part.
    return small.length < TextSketch.MIN_CONTAINED
        ? shared / (double) (small.length + large.length - shared)
        : shared / (double) small.length;
  }

  /** 64-bit keys of the exact identities: the text's SHA-256 and the canonical URL. */
  public static long[] exactKeys(Article a) {
    long text = Long.parseUnsignedLong(a.provenance().contentHash().substring(0, 16), 16);
    if (a.url() == null || a.url().isBlank()) {
      return new long[] {text};
    }
    String url = a.url().trim();
    return new long[] {text, TextSketch.mix(fnv64(FNV_OFFSET, url, 0, url.length()) ^ 0x55AA55AA55AA55AAL)};
  }

  /** FNV-1a over the UTF-16 units of {@code s[from, to)}, continuing from {@code h}; no copies. */
  private static long fnv64(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
