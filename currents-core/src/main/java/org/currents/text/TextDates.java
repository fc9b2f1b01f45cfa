package org.currents.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the latest full calendar date written in the opening of a text (the latest, because an
 * opening like "Bettie Page, born April 22, 1923, died December 11, 2008" speaks of its last date): "May 2, 2013", "14 June
 * 2013", "5/5/2010" (read month first unless the first number cannot be a month). Only dates with a
 * day, a month and a year count: "Friday" or "in 2008" say too little. Thread safe.
 */
public final class TextDates {
  /** How far into the text a dateline or first-paragraph date is looked for. */
  public static final int OPENING_CHARS = 800;

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(?:"
              + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)"
              + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)"
              + "|(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*((?:19|20)\\d\\d))\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private TextDates() {}

  /** The latest full date in the opening of {@code text}, or null. */
  public static @Nullable LocalDate latest(String text) {
    Matcher m = DATE.matcher(text.substring(0, Math.min(text.length(), OPENING_CHARS)));
    LocalDate latest = null;
    while (m.find()) {
      LocalDate date = toDate(m);
      if (date != null && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
    return latest;
  }

  private static @Nullable LocalDate toDate(Matcher m) {
    try {
      if (m.group(1) != null) {
        return LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2)));
      }
      if (m.group(5) != null) {
        return LocalDate.of(num(m.group(6)), month(m.group(5)), num(m.group(4)));
      }
      int first = num(m.group(7));
      int second = num(m.group(8));
      int year = num(m.group(9));
      return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
