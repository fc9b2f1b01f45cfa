package org.currents.web.html;

import java.time.Duration;
import java.time.Instant;

/** "5 minutes", "2 hours", "3 days": how long ago something happened, as the seed's rail says it. */
public final class RelativeTime {
  private RelativeTime() {}

  /** How long before {@code now} the instant {@code then} was; "just now" under a minute or in the future. */
  public static String ago(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.toMinutes() < 1) {
      return "just now";
    }
    if (d.toHours() < 1) {
      return plural(d.toMinutes(), "minute") + " ago";
    }
    if (d.toDays() < 1) {
      return plural(d.toHours(), "hour") + " ago";
    }
    if (d.toDays() < 60) {
      return plural(d.toDays(), "day") + " ago";
    }
    if (d.toDays() < 730) {
      return plural(d.toDays() / 30, "month") + " ago";
    }
    return plural(d.toDays() / 365, "year") + " ago";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
