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
}
