package org.currents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawTextBodiesTest {
  private static String strip(String html) {
    return RawTextBodies.strip(html.getBytes(StandardCharsets.UTF_8), 0).decode(StandardCharsets.UTF_8);
  }

  @Test
  void emptiesScriptsAndStylesButKeepsJsonLd() {
    assertEquals(
        "<p>a</p><script src=x></script><STYLE></STYLE><script type=\"application/ld+json\">{\"a\":1}</script>",
        strip("<p>a</p><script src=x>if (a < b) {}</script><STYLE>\np{}</STYLE>"
            + "<script type=\"application/ld+json\">{\"a\":1}</script>"));
  }

  @Test
  void emptiesSvgsWithTheirNestedSvgs() {
    assertEquals(
        "<p>a</p><svg viewBox=\"0 0 9 9\"></svg><p>b</p>",
        strip("<p>a</p><svg viewBox=\"0 0 9 9\"><svg><path d=\"M0\"/></svg><title>x</title></svg><p>b</p>"));
  }

  @Test
  void keepsWhatFollowsASelfClosedOrUnclosedSvg() {
    assertEquals("<svg/><p>kept</p><svg><p>kept too</p>", strip("<svg/><p>kept</p><svg><p>kept too</p>"));
  }

  @Test
  void findsTagsAtEveryOffsetOfTheEightByteScan() {
    for (int pad = 0; pad < 20; pad++) {
      String before = "x".repeat(pad);
      assertEquals(before + "<script></script>" + before, strip(before + "<script>var a = 1;</script>" + before));
    }
  }
}
