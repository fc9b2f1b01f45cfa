package org.currents.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Empties {@code <script>} and {@code <style>} elements of a page's bytes before they are decoded
 * and parsed, keeping JSON-LD scripts whole. Why: nothing reads them, they are about half of a news
 * page's characters, and the decoder and the parser would copy them several times. Works on the
 * bytes of any charset in which every ASCII character is its own single byte and no other
 * character's bytes include one (UTF-8, windows-1252, ISO-8859-*): tag names are ASCII there. A
 * linear scan, no regular expressions. Thread safe, stateless.
 */
final class RawTextBodies {
  private static final byte[][] TAGS = {ascii("script"), ascii("style")};
  private static final byte[] JSON_LD = ascii("ld+json");
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private RawTextBodies() {}

  /**
   * The bytes from {@code from} on, with the raw-text bodies left out; {@code bytes} is not changed.
   * The result may share {@code bytes}, or be the start of a longer array: no copy just to trim.
   */
  static ByteRange strip(byte[] bytes, int from) {
    byte[] out = null;
    int written = 0;
    int copied = from;
    int at = indexOf(bytes, '<', from);
    while (at >= 0) {
      byte[] tag = rawTextTagAt(bytes, at);
      int next = at + 1;
      if (tag != null) {
        int openEnd = indexOf(bytes, '>', at);
        int close = openEnd < 0 ? -1 : closingTag(bytes, tag, openEnd + 1);
        if (close < 0) {
          break;
        }
        if (indexOfIgnoreCase(bytes, JSON_LD, at, openEnd) < 0) {
          if (out == null) {
            out = new byte[bytes.length - from];
          }
          int n = openEnd + 1 - copied;
          System.arraycopy(bytes, copied, out, written, n);
          written += n;
          copied = close;
        }
        next = close + 2;
      }
      at = indexOf(bytes, '<', next);
    }
    if (out == null) {
      return new ByteRange(bytes, from, bytes.length - from);
    }
    int n = bytes.length - copied;
    System.arraycopy(bytes, copied, out, written, n);
    return new ByteRange(out, 0, written + n);
  }

  private static byte @Nullable [] rawTextTagAt(byte[] bytes, int at) {
    for (byte[] tag : TAGS) {
      int end = at + 1 + tag.length;
      if (end < bytes.length && matchesIgnoreCase(bytes, at + 1, tag) && endsName(bytes[end])) {
        return tag;
      }
    }
    return null;
  }

  /** Where {@code </tag} starts at or after {@code from}, or -1. */
  private static int closingTag(byte[] bytes, byte[] tag, int from) {
    for (int i = indexOf(bytes, '<', from); i >= 0; i = indexOf(bytes, '<', i + 1)) {
      if (i + 2 + tag.length <= bytes.length && bytes[i + 1] == '/' && matchesIgnoreCase(bytes, i + 2, tag)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsName(byte b) {
    return b == '>' || (b >= 0 && Character.isWhitespace((char) b));
  }

  /**
   * Where {@code c} first is at or after {@code from}, or -1. Eight bytes at a time: the scan for
   * {@code <} through half a megabyte of script was a tenth of the extraction's time.
   */
  private static int indexOf(byte[] bytes, char c, int from) {
    long pattern = (c & 0xFFL) * ONES;
    int i = from;
    for (; i + 8 <= bytes.length; i += 8) {
      long x = (long) LONGS.get(bytes, i) ^ pattern;
      // x has a zero byte where c is; the lowest one found is the first, as the read is little-endian.
      long zero = (x - ONES) & ~x & HIGH_BITS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(byte[] bytes, byte[] needle, int from, int to) {
    for (int i = from; i + needle.length <= to; i++) {
      if (matchesIgnoreCase(bytes, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code lowerAscii} is at {@code at}, ASCII letters in either case. */
  private static boolean matchesIgnoreCase(byte[] bytes, int at, byte[] lowerAscii) {
    for (int i = 0; i < lowerAscii.length; i++) {
      byte b = bytes[at + i];
      byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
      if (lower != lowerAscii[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
