package org.currents.spark;

import java.util.Locale;

/**
 * How clustering split a batch: for the job's summary and {@code currents bench spark}.
 *
 * @param windows time windows (the undated articles count as one)
 * @param blocks blocks clustered independently: the key components of every window
 * @param largest articles in the largest block (lead-in articles counted in their later window too)
 * @param articles articles in all blocks, lead-ins counted twice
 * @param skippedKeys keys left out when forming blocks because their posting was longer than the
 *     bound (0 when exact)
 * @param rounds label-propagation rounds that found the blocks ({@link KeyComponents})
 */
public record ClusterBlocks(int windows, int blocks, int largest, long articles, int skippedKeys, int rounds) {
  /** One line for a log. */
  public String line() {
    return String.format(Locale.ROOT, "clustering: %d blocks in %d windows, largest %d of %d articles, %d rounds%s",
        blocks, windows, largest, articles, rounds,
        skippedKeys == 0 ? " (exact)" : ", " + skippedKeys + " common keys skipped (approximate)");
  }
}
