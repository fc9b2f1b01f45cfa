package org.currents.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PortalPathsTest {
  @Test
  void daysFollowTheSeedScheme() {
    LocalDate day = LocalDate.of(2017, 4, 7);
    assertEquals("2017-04-7", PortalPaths.dayLabel(day));
    assertEquals("/news/2017/04/7/index.md", PortalPaths.day(day));
    assertEquals("/news/undated/index.md", PortalPaths.day(null));
  }

  @Test
  void slugsAreLowerCaseAsciiWordsCutAt128() {
    assertEquals(
        "twitter-announces-that-it-ll-double-its-140-character-limit",
        PortalPaths.slug("Twitter announces that it'll double its 140 character limit.", "x"));
    assertEquals("sao-paulo-elects-a-mayor", PortalPaths.slug("São Paulo elects a mayor", "x"));
    assertEquals("e123", PortalPaths.slug("“…”", "e123"));
    String longSlug = PortalPaths.slug("word ".repeat(60), "x");
    assertEquals(true, longSlug.length() <= PortalPaths.MAX_SLUG && !longSlug.endsWith("-"));
  }
}
