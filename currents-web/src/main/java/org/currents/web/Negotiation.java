package org.currents.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a request's headers ask of a response's form: whether gzip is acceptable
 * ({@code Accept-Encoding}, RFC 9110 §12.5.3) and whether the client's copy is current
 * ({@code If-None-Match}, §13.1.2). Stateless.
 */
final class Negotiation {
  private Negotiation() {}

  /**
   * Whether {@code acceptEncoding} allows gzip: {@code gzip}, {@code x-gzip} or {@code *} listed
   * with a weight above zero. A missing header asks for no coding, so none is used.
   */
  static boolean acceptsGzip(@Nullable String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean gzip = false, star = false, gzipNamed = false;
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean allowed = weight(parts) > 0;
      if (name.equals("gzip") || name.equals("x-gzip")) {
        gzipNamed = true;
        gzip |= allowed;
      } else if (name.equals("*")) {
        star = allowed;
      }
    }
    // A named gzip;q=0 refuses it even when * allows everything else.
    return gzipNamed ? gzip : star;
  }

  /** The weight of a coding's parameters ({@code q=0.5}); 1 when absent, 0 when unreadable. */
  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.length() > 1 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  /**
   * Whether {@code ifNoneMatch} names {@code etag} (or is {@code *}): the weak comparison the
   * header calls for, so {@code W/"x"} matches {@code "x"}, in a list of any length.
   */
  static boolean notModified(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
