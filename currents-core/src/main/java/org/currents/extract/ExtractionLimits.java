package org.currents.extract;

/**
 * Limits the extractor enforces, each reported as a problem when hit.
 *
 * @param maxDepth the deepest element nesting parsed; a page that reaches it fails as {@code
 *     too-deep} (real pages stay far below it)
 * @param minTextChars an extracted body shorter than this is {@code not-an-article}
 */
public record ExtractionLimits(int maxDepth, int minTextChars) {
  public ExtractionLimits {
    if (maxDepth < 16 || minTextChars < 0) {
      throw new IllegalArgumentException("maxDepth must be at least 16, minTextChars not negative");
    }
  }

  /** 512 levels (what browsers handle comfortably); 200 characters of body text. */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(512, 200);
  }
}
