package org.currents.text;

/** Character offsets {@code [start, end)} into a text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /**
   * The span of {@code text} without its leading and trailing white space, as {@link
   * String#strip()} cuts it, without the copy.
   */
  public static TextSpan stripped(CharSequence text) {
    return stripped(text, 0, text.length());
  }

  /** The span {@code [from, to)} of {@code text} without its leading and trailing white space. */
  public static TextSpan stripped(CharSequence text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(start, end);
  }

  public int length() {
    return end - start;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
