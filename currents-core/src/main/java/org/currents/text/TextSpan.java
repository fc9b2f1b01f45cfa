package org.currents.text;

/** Character offsets {@code [start, end)} into a text. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
