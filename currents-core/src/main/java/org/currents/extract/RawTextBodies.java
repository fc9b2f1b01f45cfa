package org.currents.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Empties {@code <script>}, {@code <style>} and {@code <svg>} elements of a page's bytes before they
 * are decoded and parsed, keeping JSON-LD scripts whole. Why: nothing reads them (an svg is
 * furniture, {@link Boilerplate}, skipped whole), they are more than half of a news page's
 * characters, and the decoder and the parser would copy them several times; an svg's paths alone
 * were a tenth of what was left to parse. Works on the
 * bytes of any charset in which every ASCII character is its own single byte and no other
 * character's bytes include one (UTF-8, windows-1252, ISO-8859-*): tag names are ASCII there. A
 * linear scan, no regular expressions. Thread safe, stateless.
 */
final class RawTextBodies {
  private static final byte[] SVG = ascii("svg");
  private static final byte[][] TAGS = {ascii("script"), ascii("style"), SVG};
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
        if (openEnd < 0) {
          break;
        }
        int close;
        boolean cut;
        if (tag == SVG) {
          // Markup, not raw text: an svg may nest svgs, or close itself ("<svg/>") with no body.
          close = bytes[openEnd - 1] == '/' ? -1 : closingSvg(bytes, openEnd + 1);
          cut = close >= 0;
        } else {
          close = closingTag(bytes, tag, openEnd + 1);
          if (close < 0) {
            break;
          }
          cut = indexOfIgnoreCase(bytes, JSON_LD, at, openEnd) < 0;
        }
        if (cut) {
          if (out == null) {
            out = new byte[bytes.length - from];
          }
          int n = openEnd + 1 - copied;
          System.arraycopy(bytes, copied, out, written, n);
          written += n;
          copied = close;
        }
        next = close >= 0 ? close + 2 : openEnd + 1;
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

  /** Where the {@code </svg} that closes an svg opened before {@code from} starts, or -1. */
  private static int closingSvg(byte[] bytes, int from) {
    int depth = 1;
    for (int i = indexOf(bytes, '<', from); i >= 0 && i + 5 < bytes.length; i = indexOf(bytes, '<', i + 1)) {
      if (bytes[i + 1] == '/' && matchesIgnoreCase(bytes, i + 2, SVG)) {
        if (--depth == 0) {
          return i;
        }
      } else if (matchesIgnoreCase(bytes, i + 1, SVG) && endsName(bytes[i + 4])) {
        int end = indexOf(bytes, '>', i);
        if (end > 0 && bytes[end - 1] != '/') {
          depth++;
        }
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
