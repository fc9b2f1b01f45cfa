package org.currents.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CoverageChartTest {
  private static final Pattern BAR_WIDTH = Pattern.compile("<rect [^>]*width=\"([\\d.]+)\"");
  private static final Pattern LABEL = Pattern.compile("<text [^>]*>([^<]*)</text>");

  @Test
  void oneMonthIsOneBarOfABarsWidthWithOneLabel() {
    String svg = CoverageChart.svg("Coverage", List.of(LocalDate.parse("2018-10-09"), LocalDate.parse("2018-10-20")));
    assertEquals(List.of(40.0), all(BAR_WIDTH, svg).stream().map(Double::parseDouble).toList(), svg);
    assertEquals(List.of("2018-10"), all(LABEL, svg), svg);
    assertTrue(svg.contains("<title>2018-10: 2</title>"), svg);
  }

  @Test
  void aLongSpanHasABarPerMonthWithItsGapsAndItsEndsLabelled() {
    String svg = CoverageChart.svg("Coverage", List.of(LocalDate.parse("2018-01-09"), LocalDate.parse("2019-12-20")));
    List<String> widths = all(BAR_WIDTH, svg);
    assertEquals(24, widths.size(), svg);
    // 600 units over 24 months: each bar is 80% of its 25-unit slot, under the cap.
    assertEquals(20.0, Double.parseDouble(widths.get(0)), svg);
    assertTrue(svg.contains("<title>2018-06: 0</title>"), svg);
    assertEquals(List.of("2018-01", "2019-12"), all(LABEL, svg), svg);
  }

  @Test
  void noDaysNoChart() {
    assertEquals("", CoverageChart.svg("Coverage", List.of()));
  }

  private static List<String> all(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.results().map(r -> r.group(1)).toList();
  }
}
