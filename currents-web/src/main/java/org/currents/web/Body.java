package org.currents.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body as sent, with its ETag (a hash of the bytes), made once: a page kept rendered
 * is then sent without being encoded or hashed again on every request. Immutable; the bytes are
 * never written to after construction.
 */
final class Body {
  private final byte[] bytes;
  private final String etag;

  Body(byte[] bytes) {
    this.bytes = bytes;
    this.etag = "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 12) + "\"";
  }

  static Body of(String text) {
    return new Body(text.getBytes(StandardCharsets.UTF_8));
  }

  byte[] bytes() {
    return bytes;
  }

  /** A strong validator, quoted as the {@code ETag} header wants it. */
  String etag() {
    return etag;
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
