package org.currents.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 hashes used for content identity (exact duplicates, derived ids). */
public final class ContentHash {
  private ContentHash() {}

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * A stable article id for a page without one: "a" + 16 hex digits of the SHA-256 of its URL when
   * known, else of its text. The same page always gets the same id.
   */
  public static String articleId(@org.jspecify.annotations.Nullable String url, String text) {
    String key = url != null && !url.isBlank() ? url.trim() : text;
    return "a" + sha256Hex(key).substring(0, 16);
  }
}
