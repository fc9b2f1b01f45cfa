package org.currents.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
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
 * {@link OriginalPublisher}: a canonical link to another outlet, else the earliest copy that is
 * not an excerpt.
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
   * TextSketch#shingleSet}.
   */
  public boolean confirmed(long[] earlierShingles, long[] laterShingles) {
    return containment(earlierShingles, laterShingles) >= minContainment;
  }

  /**
   * Each article's text without its site's furniture: paragraphs that occur word for word in
   * another article of the same domain (a "related stories" box, a cookie notice, a sign-off the
   * extractor let through). Two stories wrapped in one site's template would otherwise share
   * those paragraphs, and a short story could seem contained in a long one. An article that is
   * all furniture keeps its text (it then matches only as an exact or near-exact whole).
   */
  private static List<String> withoutSiteFurniture(List<Article> articles) {
    List<long[]> keys = articles.parallelStream().map(MinHashDeduplicator::paragraphKeys).toList();
    long[] repeated = repeatedKeys(keys);
    return IntStream.range(0, articles.size())
        .parallel()
        .mapToObj(i -> withoutFurniture(articles.get(i), keys.get(i), k -> Arrays.binarySearch(repeated, k) >= 0))
        .toList();
  }

  /**
   * The non-zero keys found in two or more of the articles' key lists (a key repeated within one
   * list counts once), sorted: one sort of all keys instead of a table of boxed counts.
   */
  static long[] repeatedKeys(List<long[]> keysPerArticle) {
    long[] all = new long[keysPerArticle.stream().mapToInt(k -> k.length).sum()];
    int size = 0;
    for (long[] keys : keysPerArticle) {
      long[] mine = keys.clone();
      Arrays.sort(mine);
      for (int i = 0; i < mine.length; i++) {
        if (mine[i] != 0 && (i == 0 || mine[i] != mine[i - 1])) {
          all[size++] = mine[i];
        }
      }
    }
    all = Arrays.copyOf(all, size);
    Arrays.parallelSort(all);
    long[] repeated = new long[all.length / 2];
    int count = 0;
    for (int i = 1; i < all.length; i++) {
      if (all[i] == all[i - 1] && (count == 0 || repeated[count - 1] != all[i])) {
        repeated[count++] = all[i];
      }
    }
    return Arrays.copyOf(repeated, count);
  }

  /**
   * One key per paragraph of {@code a}'s text ({@link #paragraphBounds}), in order: the paragraph
   * and the site it was fetched from, hashed; 0 when the site is unknown. A non-zero key found in
   * two or more articles marks site furniture.
   */
  public static long[] paragraphKeys(Article a) {
    String text = a.text();
    int[] bounds = paragraphBounds(text);
    long[] keys = new long[bounds.length / 2];
    // The site whose template wrapped the text is the one it was fetched from.
    String fetched = Urls.host(a.provenance().fetchedUrl());
    String domain = fetched != null ? fetched : a.domain();
    if (domain == null) {
      return keys;
    }
    long site = fnv64(FNV_OFFSET, domain + '\n', 0, domain.length() + 1);
    for (int p = 0; p < keys.length; p++) {
      TextSpan kept = TextSpan.stripped(text, bounds[2 * p], bounds[2 * p + 1]);
      keys[p] = fnv64(site, text, kept.start(), kept.end());
    }
    return keys;
  }

  /**
   * Where the paragraphs of {@code text} start and end, as pairs (start, end): the parts {@code
   * text.split("\\n\\s*\\n")} would give, without the regular expression or the substrings
   * (this runs over every paragraph of every article twice).
   */
  static int[] paragraphBounds(String text) {
    int[] bounds = new int[16];
    int count = 0;
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
        bounds = withPair(bounds, count++, start, i);
        start = lastBreak + 1;
        i = text.indexOf('\n', start);
      } else {
        i = text.indexOf('\n', i + 1);
      }
    }
    bounds = withPair(bounds, count++, start, n);
    // As String.split: without a break the text is the one part, even when empty; with breaks,
    // trailing empty parts are dropped.
    if (start > 0) {
      while (count > 0 && bounds[2 * count - 2] == bounds[2 * count - 1]) {
        count--;
      }
    }
    return Arrays.copyOf(bounds, 2 * count);
  }

  private static int[] withPair(int[] bounds, int pair, int start, int end) {
    int[] out = 2 * pair + 2 <= bounds.length ? bounds : Arrays.copyOf(bounds, bounds.length * 2);
    out[2 * pair] = start;
    out[2 * pair + 1] = end;
    return out;
  }

  /** The white space of a regular expression's {@code \\s}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code a}'s text without the paragraphs whose keys ({@link #paragraphKeys}) are {@code
   * repeated}; the text itself when none is, or when nothing else is left.
   */
  public static String withoutFurniture(Article a, long[] keys, LongPredicate repeated) {
    boolean any = false;
    for (long key : keys) {
      any |= key != 0 && repeated.test(key);
    }
    if (!any) {
      return a.text();
    }
    String text = a.text();
    int[] bounds = paragraphBounds(text);
    StringBuilder kept = new StringBuilder(text.length());
    for (int p = 0; p < keys.length; p++) {
      if (keys[p] == 0 || !repeated.test(keys[p])) {
        kept.append(text, bounds[2 * p], bounds[2 * p + 1]).append("\n\n");
      }
    }
    return kept.length() == 0 ? text : kept.toString();
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
