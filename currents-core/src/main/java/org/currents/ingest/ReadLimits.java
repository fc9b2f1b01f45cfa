package org.currents.ingest;

/**
 * Limits on what a reader loads into memory.
 *
 * @param maxPageBytes the largest page (after decompression) read; bigger ones fail as too large
 * @param maxRecordChars the longest JSON Lines record accepted
 */
public record ReadLimits(long maxPageBytes, int maxRecordChars) {
  public ReadLimits {
    if (maxPageBytes <= 0 || maxRecordChars <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** 16 MiB per page (real pages stay far below; a 10 MB page must still work) and records. */
  public static ReadLimits defaults() {
    return new ReadLimits(16L << 20, 16 << 20);
  }
}
