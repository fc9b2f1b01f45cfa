package org.currents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.currents.model.DateSource;
import org.junit.jupiter.api.Test;

class PublishDatesTest {
  private static String iso(String value) {
    var d = PublishDates.parse(value, DateSource.META);
    return d == null ? null : d.iso();
  }

  @Test
  void keepsExactlyThePrecisionGiven() {
    assertEquals("2017-04-07", iso("2017-04-07"));
    assertEquals("2017-04-07T10:15:00", iso("2017-04-07T10:15"));
    assertEquals("2017-04-07T10:15:30Z", iso("2017-04-07T10:15:30.123Z"));
    assertEquals("2017-04-07T10:15:00-04:00", iso("2017-04-07 10:15:00 -0400"));
    assertEquals("2019-11-19T13:03:00Z", iso("Tue, 19 Nov 2019 13:03:00 GMT"));
  }

  @Test
  void refusesWhatIsNotADate() {
    assertNull(iso("yesterday"));
    assertNull(iso("2017-13-45"));
    assertNull(iso(""));
  }

  @Test
  void readsDaysInUrlPaths() {
    assertEquals("2019-11-18", PublishDates.fromUrl("https://x.com/2019/11/18/story/").iso());
    assertEquals("2019-11-19", PublishDates.fromUrl("https://x.com/news/20191119/story").iso());
    assertNull(PublishDates.fromUrl("https://x.com/story-2019"));
  }
}
