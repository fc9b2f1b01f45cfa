package org.currents.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Strict UTF-8 validation of bytes without decoding them, as the JDK's reporting decoder judges
 * them (Unicode's well-formed byte sequences: no overlong forms, no surrogates, nothing above
 * U+10FFFF). Why: the page is decoded once, while the parser reads it, and only bytes known to be
 * UTF-8 may be; decoding to a String first to find out cost a whole-page copy. Runs of ASCII,
 * most of a page's markup, are checked eight bytes at a time. Thread safe, stateless.
 */
final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** What valid bytes decode to: UTF-16 chars, and how many of them are U+FFFD. */
  record Counts(int chars, int replacements) {}

  private Utf8() {}

  /** The counts of {@code bytes[from, to)}, or null when they are not well-formed UTF-8. */
  static @Nullable Counts check(byte[] bytes, int from, int to) {
    int chars = 0;
    int replacements = 0;
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        chars += 8;
        continue;
      }
      int b0 = bytes[i] & 0xFF;
      if (b0 < 0x80) {
        i++;
        chars++;
        continue;
      }
      int n = sequenceLength(bytes, i, to, b0);
      if (n == 0) {
        return null;
      }
      if (n == 3 && b0 == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
        replacements++;
      }
      chars += n == 4 ? 2 : 1;
      i += n;
    }
    return new Counts(chars, replacements);
  }

  /** The length of the well-formed sequence at {@code i} that starts with {@code b0}, or 0. */
  private static int sequenceLength(byte[] bytes, int i, int to, int b0) {
    int n;
    int low = 0x80;
    int high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      low = b0 == 0xE0 ? 0xA0 : 0x80;
      high = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      low = b0 == 0xF0 ? 0x90 : 0x80;
      high = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > to) {
      return 0;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < low || b1 > high) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int b = bytes[i + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return n;
  }
}
