package org.currents.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A response body as sent, with its ETag (a hash of the bytes), made once: a page kept rendered
 * is then sent without being encoded, hashed or compressed again on every request. Its gzip form
 * is made on first use and kept, with an ETag of its own, since a strong validator names one
 * representation. Thread safe: the bytes are never written to after construction, and two threads
 * that race to compress make the same bytes.
 */
final class Body {
  private final byte[] bytes;
  private final String etag;
  private volatile byte @Nullable [] gzipped;

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

  /** The bytes gzipped, compressed on the first call only. */
  byte[] gzipped() {
    byte[] kept = gzipped;
    if (kept == null) {
      kept = gzip(bytes);
      gzipped = kept;
    }
    return kept;
  }

  /** The gzip form's validator: the identity one with a suffix, as Apache httpd marks it. */
  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out, bytes.length)) {
      zip.write(bytes);
    } catch (IOException e) {
      // Compressing into memory does no I/O: this is a broken invariant, not bad input.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
