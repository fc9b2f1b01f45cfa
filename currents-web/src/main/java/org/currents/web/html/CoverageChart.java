package org.currents.web.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An entity's coverage over time as an inline SVG bar chart, rendered on the server: one bar per
 * month (per year when the span is longer than {@link #MAX_MONTHS} months), its height the number
 * of events. Accessible as an image with a title and a description that says the same in words,
 * and each bar has its own title. Thread safe (static, stateless).
 */
final class CoverageChart {
  /** Longest span drawn month by month; longer spans are drawn by year. */
  static final int MAX_MONTHS = 36;

  private static final int WIDTH = 600, HEIGHT = 120, AXIS = 22;
  /** Widest bar: a few months' bars spread over the whole width read as blocks, not as a chart. */
  private static final double MAX_BAR = 40;

  private CoverageChart() {}

  /** The chart of events on {@code days}, or an empty string when there is no day to draw. */
  static String svg(String title, List<LocalDate> days) {
    if (days.isEmpty()) {
      return "";
    }
    LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
    boolean byMonth = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) < MAX_MONTHS;
    Function<LocalDate, String> bucket =
        byMonth ? d -> YearMonth.from(d).toString() : d -> Integer.toString(d.getYear());
    Map<String, Integer> counts = new TreeMap<>();
    // Every bucket between the first and the last, so gaps in coverage show as gaps.
    for (LocalDate d = first.withDayOfMonth(1); !d.isAfter(last); d = byMonth ? d.plusMonths(1) : d.plusYears(1)) {
      counts.put(bucket.apply(d), 0);
    }
    counts.put(bucket.apply(last), 0);
    days.forEach(d -> counts.merge(bucket.apply(d), 1, Integer::sum));
    int max = counts.values().stream().max(Integer::compare).orElse(1);
    double slot = (double) WIDTH / counts.size();
    StringBuilder svg = new StringBuilder()
        .append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + AXIS)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append("<title id=\"chart-title\">").append(Html.text(title)).append("</title>\n")
        .append("<desc id=\"chart-desc\">").append(days.size()).append(days.size() == 1 ? " event" : " events")
        .append(" from ").append(first).append(" to ").append(last).append(", counted by ")
        .append(byMonth ? "month" : "year").append(".</desc>\n");
    double bar = Math.min(slot * 0.8, MAX_BAR);
    int i = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      double h = (double) HEIGHT * c.getValue() / max;
      svg.append(String.format(Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0645ad\"><title>%s: %d</title></rect>\n",
              i * slot + (slot - bar) / 2, HEIGHT - h, bar, h, c.getKey(), c.getValue()));
      i++;
    }
    if (counts.size() == 1) {
      // One bar, in the middle: one label under it, not the same one at both ends.
      svg.append(label(WIDTH / 2, "middle", bucket.apply(first)));
    } else {
      svg.append(label(0, "start", bucket.apply(first))).append(label(WIDTH, "end", bucket.apply(last)));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String label(int x, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"18\" fill=\"#444\" text-anchor=\"%s\">%s</text>\n",
        x, HEIGHT + AXIS - 4, anchor, text);
  }
}
