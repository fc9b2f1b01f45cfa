package org.currents.web.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Escaping for text that came from the web. Every string that reaches a page goes through {@link
 * #text}; every URL that becomes an {@code href} or {@code src} goes through {@link #webUrl} first.
 * Thread safe (static, stateless).
 */
public final class Html {
  private Html() {}

  /** Text safe inside an element or a double- or single-quoted attribute value. */
  public static String text(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The URL if it is an absolute http or https URL, else null: {@code javascript:}, {@code data:}
   * and anything unparsable never become a link or an image source.
   */
  public static @Nullable String webUrl(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A link to a web URL, or just the escaped label when the URL is not a safe web URL. */
  public static String externalLink(String label, @Nullable String url) {
    String safe = webUrl(url);
    if (safe == null) {
      return text(label);
    }
    return "<a href=\"" + text(safe) + "\" rel=\"nofollow noopener\">" + text(label) + "</a>";
  }

  /** A link inside the portal; {@code path} is one of the site's own paths. */
  public static String link(String label, String path) {
    return "<a href=\"" + text(path) + "\">" + text(label) + "</a>";
  }
}
