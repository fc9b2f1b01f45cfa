package org.currents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDatesTest {
  @Test
  void readsTheLatestFullDateInTheOpening() {
    assertEquals(LocalDate.of(2013, 5, 2), TextDates.latest("May 2, 2013, 1:12 PM\n\nLawyer: Lohan checks in"));
    assertEquals(LocalDate.of(2013, 6, 14), TextDates.latest("14 June 2013\n\nThe actress has left"));
    assertEquals(LocalDate.of(2010, 5, 5), TextDates.latest("Updated 5 / 5 / 2010 1:41 PM"));
    assertEquals(LocalDate.of(2010, 5, 25), TextDates.latest("Posted 25/05/2010"));
    assertEquals(LocalDate.of(2013, 5, 3), TextDates.latest("MAY. 3, 2013 | 8:20 am"));
    assertEquals(LocalDate.of(2008, 12, 11), TextDates.latest("Page, born April 22, 1923, died December 11, 2008."));
  }

  @Test
  void aWeekdayOrAYearAloneIsNoDate() {
    assertNull(TextDates.latest("On Friday the council met, as it has since 2008."));
    assertNull(TextDates.latest("February 30, 2013 is not a day."));
    assertNull(TextDates.latest("x".repeat(TextDates.OPENING_CHARS) + " May 2, 2013"));
  }

  /** Published on Wednesday 2017-04-12 (the leads are real news openings, shortened). */
  private static final LocalDate WEDNESDAY = LocalDate.of(2017, 4, 12);

  @Test
  void theFirstRecentDayOfTheOpeningSaysWhenItHappened() {
    assertEquals(LocalDate.of(2017, 4, 7), TextDates.happened(
        "The Trump administration on Friday dropped its demand that Twitter unmask an account.", WEDNESDAY));
    assertEquals(WEDNESDAY, TextDates.happened(
        "A firebomb attack on a bank killed at least three people Wednesday as police fought protesters.", WEDNESDAY));
    assertEquals(LocalDate.of(2017, 4, 11), TextDates.happened("Police said yesterday that two men were held.", WEDNESDAY));
    assertEquals(LocalDate.of(2017, 4, 11), TextDates.happened("A quake struck last night near the coast.", WEDNESDAY));
    assertEquals(WEDNESDAY, TextDates.happened("Markets fell sharply today in Asia.", WEDNESDAY));
    assertEquals(LocalDate.of(2017, 4, 13), TextDates.happened("The Tour starts Thursday in London.", WEDNESDAY));
    assertEquals(LocalDate.of(2017, 4, 9), TextDates.happened("The senator, who resigned on April 9, spoke.", WEDNESDAY));
    assertEquals(WEDNESDAY, TextDates.happened("The senator, who resigned on April 3, spoke.", WEDNESDAY));
    // Across a new year, a date without its year is last December's.
    assertEquals(LocalDate.of(2016, 12, 30), TextDates.happened("Flooding began on Dec. 30 in the north.", LocalDate.of(2017, 1, 2)));
  }

  @Test
  void datesOutsideTheRecentPastAreBackgroundNotTheHappening() {
    // A birth date and a coming hearing are passed over; the next reference is the day.
    assertEquals(LocalDate.of(2017, 4, 10), TextDates.happened(
        "Page, born April 22, 1923, whose hearing is set for May 30, died Monday in Los Angeles.", WEDNESDAY));
    assertEquals(WEDNESDAY, TextDates.happened("Since 2008 the council has met each year.", WEDNESDAY));
    assertEquals(WEDNESDAY, TextDates.happened("x".repeat(TextDates.LEAD_CHARS) + " on Monday", WEDNESDAY));
  }

  @Test
  void withoutAPublicationDayOnlyFullDatesCount() {
    assertEquals(LocalDate.of(2013, 5, 2), TextDates.happened("May 2, 2013\n\nLohan checked in on Thursday.", null));
    assertNull(TextDates.happened("Lohan checked in on Thursday.", null));
  }
}
