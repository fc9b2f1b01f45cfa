package org.currents.dedup;

import java.io.Serializable;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A text's fingerprint for near-duplicate search: a one-permutation MinHash of its word
 * 3-shingles ({@link #BINS} bins, empty bins filled from their right neighbour, so equal texts give
 * equal sketches) and its shingle count. 260 bytes whatever the text's length; immutable.
 *
 * <p>Design decision: one hash per shingle (one permutation, split into bins) instead of one hash
 * per shingle and bin: 64 times less hashing for the same estimate of resemblance, which is what
 * makes a million articles a minute possible. Words are runs of letters and digits, lower-cased,
 * hashed as they are read, without building strings.
 *
 * <p>Treat {@code bins} as read-only.
 *
 * @param bins the minimum hash (unsigned) of each bin
 * @param shingles how many shingles the text has (repeats counted: news text hardly repeats)
 */
public record TextSketch(int[] bins, int shingles) implements Serializable {
  /** Bins per sketch; also the resolution of the resemblance estimate (1/64). */
  static final int BINS = 64;

  private static final int SHINGLE = 3;

  /**
   * Per UTF-16 unit: its lower case when it belongs to a word (a letter, a digit, half of a
   * surrogate pair), else 0. A table of 128 KB, because asking {@link Character} for every
   * character of every text was most of the sketching time.
   */
  private static final char[] WORD_CHAR = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      WORD_CHAR[c] = Character.isLetterOrDigit(ch) || Character.isSurrogate(ch) ? Character.toLowerCase(ch) : 0;
    }
  }

  /** The fewest shingles a text needs to be matched as contained in a longer one. */
  static final int MIN_CONTAINED = 40;

  /** Receives each shingle hash of a text, in order. */
  @FunctionalInterface
  private interface ShingleSink {
    void accept(long shingle);
  }

  /** The sketch of {@code text}, or null when it has fewer than three words. */
  public static @Nullable TextSketch of(String text) {
    int[] bins = new int[BINS];
    boolean[] filled = new boolean[BINS];
    int shingles =
        shingles(
            text,
            h -> {
              int bin = (int) (h >>> 58);
              int value = (int) h;
              if (!filled[bin] || Integer.compareUnsigned(value, bins[bin]) < 0) {
                bins[bin] = value;
                filled[bin] = true;
              }
            });
    if (shingles == 0) {
      return null;
    }
    densify(bins, filled);
    return new TextSketch(bins, shingles);
  }

  /** The distinct shingle hashes of {@code text}, sorted: for exact comparisons. */
  public static long[] shingleSet(String text) {
    long[] all = new long[Math.max(16, text.length() / 4)];
    int[] n = {0};
    long[][] holder = {all};
    shingles(
        text,
        h -> {
          if (n[0] == holder[0].length) {
            holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
          }
          holder[0][n[0]++] = h;
        });
    long[] sorted = Arrays.copyOf(holder[0], n[0]);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /** How many values two sorted, distinct arrays share: one merge pass. */
  public static int sharedCount(long[] a, long[] b) {
    int shared = 0;
    for (int i = 0, k = 0; i < a.length && k < b.length; ) {
      if (a[i] == b[k]) {
        shared++;
        i++;
        k++;
      } else if (a[i] < b[k]) {
        i++;
      } else {
        k++;
      }
    }
    return shared;
  }

  /** Hands every word 3-shingle hash of {@code text} to {@code sink}; returns how many. */
  private static int shingles(String text, ShingleSink sink) {
    long w1 = 0;
    long w2 = 0;
    int words = 0;
    int shingles = 0;
    long word = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      char folded = WORD_CHAR[c];
      if (folded != 0) {
        word = (word ^ folded) * 0x100000001b3L;
        inWord = true;
        continue;
      }
      if (!inWord) {
        continue;
      }
      long w3 = mix(word);
      word = 0;
      inWord = false;
      if (++words >= SHINGLE) {
        sink.accept(mix(w1 * 0x9E3779B97F4A7C15L + w2 * 0xC2B2AE3D27D4EB4FL + w3));
        shingles++;
      }
      w1 = w2;
      w2 = w3;
    }
    return shingles;
  }

  /** Fills each empty bin from the next filled one to its right, salted by the distance. */
  private static void densify(int[] bins, boolean[] filled) {
    for (int b = 0; b < BINS; b++) {
      if (filled[b]) {
        continue;
      }
      int distance = 1;
      while (!filled[(b + distance) % BINS]) {
        distance++;
      }
      bins[b] = (int) mix(bins[(b + distance) % BINS] + distance * 0x9E3779B97F4A7C15L);
    }
  }

  /** Estimated Jaccard resemblance of the two texts' shingle sets: the share of equal bins. */
  double resemblance(TextSketch other) {
    int equal = 0;
    for (int b = 0; b < BINS; b++) {
      if (bins[b] == other.bins[b]) {
        equal++;
      }
    }
    return equal / (double) BINS;
  }

  /**
   * Estimated share of the smaller text's shingles found in the other: from the resemblance J and
   * the sizes, |A ∩ B| = J (|A| + |B|) / (1 + J). High for a copy that was truncated or wrapped in
   * other text, where resemblance alone is low. A text of fewer than {@link #MIN_CONTAINED}
   * shingles (a caption, a share bar) is compared as a whole: being contained in many stories, it
   * would otherwise chain them all into one group.
   */
  double containment(TextSketch other) {
    double j = resemblance(other);
    if (Math.min(shingles, other.shingles) < MIN_CONTAINED) {
      return j;
    }
    double shared = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1, shared / Math.min(shingles, other.shingles));
  }

  /** The hash of bins {@code from} (inclusive) to {@code to} (exclusive): an LSH band key. */
  long band(int from, int to) {
    long h = from;
    for (int b = from; b < to; b++) {
      h = mix(h * 31 + bins[b]);
    }
    return h;
  }

  /** A 64-bit finaliser (SplitMix64), so every bit of a hash is well mixed. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
