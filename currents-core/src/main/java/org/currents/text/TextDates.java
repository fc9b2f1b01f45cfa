package org.currents.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates written in the opening of a text. Alone, a text dates itself only by full calendar dates,
 * the latest of them (an opening like "Bettie Page, born April 22, 1923, died December 11, 2008"
 * speaks of its last date): "May 2, 2013", "14 June 2013", "5/5/2010" (read month first unless the
 * first number cannot be a month); "Friday" or "in 2008" say too little. With the day the text was
 * published, its first reference to a recent day says when the happening it reports took place:
 * "on Tuesday", "yesterday", "on May 5". Thread safe.
 */
public final class TextDates {
  /** How far into the text a dateline or first-paragraph date is looked for. */
  public static final int OPENING_CHARS = 800;
  /**
   * How far into a dated text the day of its happening is looked for: the dateline and the lead
   * sentence, which says when; half the opening, as the scan is the costly part at a million texts.
   */
  public static final int LEAD_CHARS = 400;

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(?:"
              + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)"
              + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)"
              + "|(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*((?:19|20)\\d\\d))\\b");
  /**
   * A reference to a recent day: a date without its year, a weekday, or a day named by its
   * distance from today. Group 1-2: month and day; 3: weekday; 4: yesterday or last night; 5: today.
   */
  private static final Pattern RECENT_DAY =
      Pattern.compile(
          "\\b(?:(?i:" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
              + "|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
              + "|(?i:(yesterday|last night))\\b"
              + "|(?i:(today|tonight|this morning|this afternoon|this evening))\\b)");
  /**
   * How far before its publication a news text's day may lie: news reports the last few days; an
   * older date in its opening is background ("survivors of the January 12 earthquake").
   */
  private static final int RECENT_DAYS = 6;
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

  /**
   * The day the happening reported in {@code text} took place: with no publication day, the
   * {@linkplain #latest latest full date}; otherwise the first full date, date without year,
   * weekday or "yesterday"/"today" in the lead that lies from six days before the publication
   * day to the day after it (a year-less date takes the year that puts it there, a weekday its
   * occurrence there), else the publication day itself.
   */
  public static @Nullable LocalDate happened(String text, @Nullable LocalDate published) {
    if (published == null) {
      return latest(text);
    }
    String lead = text.substring(0, Math.min(text.length(), LEAD_CHARS));
    Matcher full = DATE.matcher(lead);
    Matcher recent = RECENT_DAY.matcher(lead);
    boolean moreFull = full.find();
    boolean moreRecent = recent.find();
    while (moreFull || moreRecent) {
      LocalDate day;
      // Take whichever reference comes first; a full date wins where both start (its year counts).
      if (moreFull && (!moreRecent || full.start() <= recent.start())) {
        day = toDate(full);
        int end = full.end();
        moreFull = full.find();
        while (moreRecent && recent.start() < end) {
          moreRecent = recent.find();
        }
      } else {
        day = recentDay(recent, published);
        moreRecent = recent.find();
      }
      if (day != null && !day.isBefore(published.minusDays(RECENT_DAYS)) && !day.isAfter(published.plusDays(1))) {
        return day;
      }
    }
    return published;
  }

  private static @Nullable LocalDate recentDay(Matcher m, LocalDate published) {
    if (m.group(1) != null) {
      try {
        LocalDate thisYear = LocalDate.of(published.getYear(), month(m.group(1)), num(m.group(2)));
        return thisYear.isAfter(published.plusDays(1)) ? thisYear.minusYears(1) : thisYear;
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (m.group(3) != null) {
      DayOfWeek weekday = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
      // The day after publication too: a Friday report of "Saturday" means tomorrow, not last week.
      return published.plusDays(1).with(TemporalAdjusters.previousOrSame(weekday));
    }
    return m.group(4) != null ? published.minusDays(1) : published;
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
