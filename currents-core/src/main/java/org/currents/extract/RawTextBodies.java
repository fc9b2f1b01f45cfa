package org.currents.extract;

/**
 * Empties {@code <script>} and {@code <style>} elements before parsing, keeping JSON-LD scripts
 * whole. Why: nothing reads them, and the parser spends about a third of its time copying
 * megabytes of inline script text. A linear scan, no regular expressions. Thread safe, stateless.
 */
final class RawTextBodies {
  private static final String[] TAGS = {"script", "style"};

  private RawTextBodies() {}

  static String strip(String html) {
    StringBuilder out = null;
    int copied = 0;
    int at = html.indexOf('<');
    while (at >= 0 && at < html.length()) {
      String tag = rawTextTagAt(html, at);
      int next = at + 1;
      if (tag != null) {
        int openEnd = html.indexOf('>', at);
        if (openEnd < 0) {
          break;
        }
        int close = indexOfIgnoreCase(html, "</" + tag, openEnd + 1);
        if (close < 0) {
          break;
        }
        if (!isJsonLd(html, at, openEnd)) {
          if (out == null) {
            out = new StringBuilder(html.length());
          }
          out.append(html, copied, openEnd + 1);
          copied = close;
        }
        next = close + 2;
      }
      at = html.indexOf('<', next);
    }
    return out == null ? html : out.append(html, copied, html.length()).toString();
  }

  private static String rawTextTagAt(String html, int at) {
    for (String tag : TAGS) {
      int end = at + 1 + tag.length();
      if (html.regionMatches(true, at + 1, tag, 0, tag.length())
          && end < html.length()
          && (Character.isWhitespace(html.charAt(end)) || html.charAt(end) == '>')) {
        return tag;
      }
    }
    return null;
  }

  private static boolean isJsonLd(String html, int from, int to) {
    return indexOfIgnoreCase(html.substring(from, to), "ld+json", 0) >= 0;
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    char first = needle.charAt(0);
    for (int i = s.indexOf(first, from); i >= 0; i = s.indexOf(first, i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
