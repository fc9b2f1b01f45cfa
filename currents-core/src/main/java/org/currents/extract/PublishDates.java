package org.currents.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.DateSource;
import org.currents.model.PublishDate;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date strings pages carry: ISO-8601 with or without offset or time (also with a space
 * for the {@code T}, or a compact {@code +0100} offset), RFC 1123, and dates in URL paths. Keeps
 * exactly the precision given; never fills in a time or an offset. Thread safe.
 */
final class PublishDates {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final Pattern URL_COMPACT_DATE = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");

  private PublishDates() {}

  /** A date from a metadata value, or null if it is not one Currents can read. */
  static @Nullable PublishDate parse(@Nullable String value, DateSource source) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    Matcher m = ISO.matcher(v);
    if (m.lookingAt()) {
      try {
        LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        if (m.group(4) == null) {
          return PublishDate.ofDay(day, source);
        }
        String time = m.group(4) + ":" + m.group(5) + ":" + (m.group(6) == null ? "00" : m.group(6));
        LocalDateTime local = LocalDateTime.parse(day + "T" + time);
        String zone = m.group(7);
        if (zone == null) {
          return new PublishDate(local.toLocalDate(), local.toLocalTime(), null, source);
        }
        String offset = zone.equals("Z") ? "Z" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone;
        return PublishDate.of(OffsetDateTime.parse(local + offset), source);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return PublishDate.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime(), source);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A day written in a URL path ({@code /2019/11/19/} or {@code /20191119/}), or null. */
  static @Nullable PublishDate fromUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    for (Pattern p : new Pattern[] {URL_DATE, URL_COMPACT_DATE}) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        try {
          return PublishDate.ofDay(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DateSource.URL);
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
