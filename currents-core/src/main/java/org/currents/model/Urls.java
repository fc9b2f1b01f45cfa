package org.currents.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** URL helpers the records need; kept tiny and side-effect free. */
public final class Urls {
  private Urls() {}

  /** The host of {@code url} without a leading {@code www.}, lower case; null if there is none. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.trim()).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
