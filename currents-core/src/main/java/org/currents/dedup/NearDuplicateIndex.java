package org.currents.dedup;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Groups texts as they arrive, in memory that grows linearly (under 1 KB per text) and time
 * that does not grow with the number already seen: exact keys (text hash, URL) in one hash table,
 * and locality-sensitive hashing of {@link TextSketch}es (16 bands of 2 bins: a copy truncated to
 * a third, resemblance 0.33, becomes a candidate 84% of the time; a resemblance of 0.05, 4%), each
 * candidate confirmed by estimated containment. Every bucket is searched for at most {@link
 * #MAX_BUCKET_SCAN} of its most recent members, so one huge bucket (many near-empty texts) cannot
 * make the work quadratic.
 *
 * <p>Not thread safe: add from one thread (sketches can be computed in parallel beforehand).
 */
public final class NearDuplicateIndex {
  /** Decides whether a candidate pair, with its estimated containment, are copies of one text. */
  @FunctionalInterface
  public interface PairCheck {
    boolean sameText(int earlier, int later, double estimatedContainment);
  }

  static final int BANDS = 16;
  static final int ROWS = 2;
  /** How many of a bucket's most recent members a new text is compared with. */
  public static final int MAX_BUCKET_SCAN = 64;

  private final PairCheck check;
  private int size;
  private int[] parent = new int[1024];
  private @Nullable TextSketch[] sketches = new TextSketch[1024];
  private int[] seen = new int[1024];
  /** Per band, the previous member of the same bucket (-1 at the bucket's end). */
  private final int[][] next = new int[BANDS][1024];
  private final LongIntMap[] heads = new LongIntMap[BANDS];
  private final LongIntMap exact = new LongIntMap();

  /** Pairs whose estimated containment is at least {@code minContainment} are copies. */
  public NearDuplicateIndex(double minContainment) {
    this((earlier, later, estimate) -> estimate >= minContainment);
  }

  /** Candidate pairs are decided by {@code check} (for example, an exact comparison). */
  public NearDuplicateIndex(PairCheck check) {
    this.check = check;
    for (int b = 0; b < BANDS; b++) {
      heads[b] = new LongIntMap();
    }
  }

  /** How many texts were added. */
  public int size() {
    return size;
  }

  /**
   * Adds a text with its exact keys (64-bit hashes of the text, the URL; may be empty) and its
   * sketch ({@link TextSketch#of}, null for a text too short to have one); returns its number (0, 1, ...). It joins the group of every earlier text
   * sharing a key or confirmed as a near duplicate.
   */
  public int add(long[] exactKeys, @Nullable TextSketch mine) {
    int i = size++;
    grow(i + 1);
    parent[i] = i;
    for (long key : exactKeys) {
      int earlier = exact.putIfAbsent(key, i);
      if (earlier >= 0) {
        union(earlier, i);
      }
    }
    sketches[i] = mine;
    if (mine == null) {
      return i;
    }
    seen[i] = i;
    long[] bands = bandKeys(mine);
    for (int b = 0; b < BANDS; b++) {
      int head = heads[b].put(bands[b], i);
      next[b][i] = head;
      int scanned = 0;
      for (int j = head; j >= 0 && scanned < MAX_BUCKET_SCAN; j = next[b][j], scanned++) {
        if (seen[j] == i) {
          continue;
        }
        seen[j] = i;
        TextSketch theirs = sketches[j];
        if (theirs != null && find(j) != find(i) && check.sameText(j, i, mine.containment(theirs))) {
          union(j, i);
        }
      }
    }
    return i;
  }

  /**
   * The sketch's LSH band keys, one per band, each salted by its band: texts sharing any key are
   * candidate copies.
   */
  public static long[] bandKeys(TextSketch sketch) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      keys[b] = sketch.band(b * ROWS, (b + 1) * ROWS);
    }
    return keys;
  }

  /** The group of text {@code i}: the number of its earliest member. */
  public int groupOf(int i) {
    return find(i);
  }

  private void grow(int needed) {
    if (needed <= parent.length) {
      return;
    }
    int capacity = Math.max(needed, parent.length * 2);
    parent = Arrays.copyOf(parent, capacity);
    sketches = Arrays.copyOf(sketches, capacity);
    seen = Arrays.copyOf(seen, capacity);
    for (int b = 0; b < BANDS; b++) {
      next[b] = Arrays.copyOf(next[b], capacity);
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups; the root is the earlier number, so a group is named by its first text. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** An open-addressing map from long keys to int values (no boxing: 12 bytes an entry). */
  static final class LongIntMap {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int count;

    /** Stores {@code value} under {@code key}; returns the previous value, or -1. */
    int put(long key, int value) {
      int slot = slot(key);
      int previous = used[slot] ? values[slot] : -1;
      store(slot, key, value);
      return previous;
    }

    /** Stores {@code value} unless {@code key} is present; returns the present value, or -1. */
    int putIfAbsent(long key, int value) {
      int slot = slot(key);
      if (used[slot]) {
        return values[slot];
      }
      store(slot, key, value);
      return -1;
    }

    private void store(int slot, long key, int value) {
      if (!used[slot]) {
        used[slot] = true;
        keys[slot] = key;
        if (++count * 4 > keys.length * 3) {
          values[slot] = value;
          rehash();
          return;
        }
      }
      values[slot] = value;
    }

    private int slot(long key) {
      int mask = keys.length - 1;
      int s = (int) TextSketch.mix(key) & mask;
      while (used[s] && keys[s] != key) {
        s = (s + 1) & mask;
      }
      return s;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      for (int s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s]) {
          int slot = slot(oldKeys[s]);
          used[slot] = true;
          keys[slot] = oldKeys[s];
          values[slot] = oldValues[s];
        }
      }
    }
  }
}
