package org.currents.web.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page written straight as UTF-8 bytes: strings are encoded as they are appended, and parts
 * encoded once beforehand ({@link #encoded}) are copied in as they are. A page built as a String
 * and then encoded exists three times over (the builder's UTF-16, the String, the bytes); here it
 * exists once, plus the final copy of its exact size. Not thread safe: one per page being written.
 */
public final class PageBytes {
  private byte[] bytes;
  private int length;

  /** An empty page with room for {@code capacity} bytes before it grows. */
  public PageBytes(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** {@code text} as UTF-8: what {@link #append(byte[])} takes, for parts that never change. */
  public static byte[] encoded(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Appends bytes already encoded as UTF-8. */
  public PageBytes append(byte[] utf8) {
    room(utf8.length);
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
    return this;
  }

  /**
   * Appends {@code text} encoded as UTF-8, byte for byte as {@link String#getBytes} with UTF-8
   * encodes it: a surrogate without its pair becomes {@code '?'}.
   */
  public PageBytes append(CharSequence text) {
    int n = text.length();
    room(n); // ASCII needs no more; anything longer grows below
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (length == bytes.length) {
          room(n - i);
        }
        bytes[length++] = (byte) c;
      } else {
        i = appendWide(text, i, c);
      }
    }
    return this;
  }

  /** Appends {@code n} in decimal. */
  public PageBytes append(long n) {
    return append(Long.toString(n));
  }

  /** Appends {@code c}, which must be ASCII. */
  public PageBytes append(char c) {
    if (c >= 0x80) {
      throw new IllegalArgumentException("not ASCII: " + (int) c);
    }
    room(1);
    bytes[length++] = (byte) c;
    return this;
  }

  /** The page so far, as a new array of its exact length. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /** Writes the non-ASCII {@code c} at {@code i}; returns the index of the last char it used. */
  private int appendWide(CharSequence text, int i, char c) {
    room(4);
    if (c < 0x800) {
      bytes[length++] = (byte) (0xC0 | c >> 6);
      bytes[length++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isSurrogate(c)) {
      char low = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
        int cp = Character.toCodePoint(c, low);
        bytes[length++] = (byte) (0xF0 | cp >> 18);
        bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp & 0x3F);
        return i + 1;
      }
      bytes[length++] = '?';
    } else {
      bytes[length++] = (byte) (0xE0 | c >> 12);
      bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[length++] = (byte) (0x80 | c & 0x3F);
    }
    return i;
  }

  /** Makes room for {@code more} bytes, at least doubling, so appends cost amortised constant time. */
  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
