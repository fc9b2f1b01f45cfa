package org.currents.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date as precise as its source made it: always a day, sometimes a time, sometimes an offset. It
 * never invents what the source did not say: a day without a time stays a day.
 *
 * @param date the calendar day, in the source's own time zone
 * @param time the local time of day, or null when the source gave only a day
 * @param offset the source's UTC offset, or null when it gave none
 * @param source where the date was found
 */
public record PublishDate(
    LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset, DateSource source) implements Serializable {

  public PublishDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (time == null && offset != null) {
      throw new IllegalArgumentException("an offset needs a time");
    }
  }

  public static PublishDate of(OffsetDateTime at, DateSource source) {
    return new PublishDate(at.toLocalDate(), at.toLocalTime(), at.getOffset(), source);
  }

  public static PublishDate ofDay(LocalDate day, DateSource source) {
    return new PublishDate(day, null, null, source);
  }

  /** ISO-8601 with as much as is known: {@code 2017-04-07}, {@code 2017-04-07T10:15}, or with offset. */
  public String iso() {
    if (time == null) {
      return date.toString();
    }
    if (offset == null) {
      return date.atTime(time).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
    return date.atTime(time).atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * An instant for ordering. A missing time counts as midnight and a missing offset as UTC; use
   * {@link #iso()} to show the date, never this.
   */
  public Instant instantForOrdering() {
    LocalTime t = time == null ? LocalTime.MIDNIGHT : time;
    ZoneOffset z = offset == null ? ZoneOffset.UTC : offset;
    return date.atTime(t).toInstant(z);
  }
}
