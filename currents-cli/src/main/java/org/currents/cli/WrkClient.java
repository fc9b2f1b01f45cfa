package org.currents.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk} in its own process (two threads), cycling through the paths with a small
 * generated Lua script; latencies from its {@code --latency} distribution. Being native and outside
 * the server's JVM, it leaves the server more of the CPU than {@link JavaClient}.
 */
final class WrkClient implements LoadClient {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /** Whether {@code wrk} runs here. */
  static boolean installed() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String name() {
    return "wrk (2 threads)";
  }

  @Override
  public Load run(List<String> urls, int connections, int seconds) throws Exception {
    URI first = URI.create(urls.get(0));
    Path script = Files.createTempFile("currents-wrk", ".lua");
    try {
      Files.writeString(script, lua(urls), StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
          "-s", script.toString(), first.getScheme() + "://" + first.getAuthority() + "/")
          .redirectErrorStream(true).start();
      String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("wrk failed:\n" + report);
      }
      Matcher errors = ERRORS.matcher(report);
      if (errors.find()) {
        throw new IllegalStateException("wrk saw failed requests:\n" + report);
      }
      Matcher rate = RATE.matcher(report);
      if (!rate.find()) {
        throw new IllegalStateException("no rate in wrk's report:\n" + report);
      }
      return new Load(Double.parseDouble(rate.group(1)), percentile(report, "50"), percentile(report, "99"));
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** A script that sends the paths in turn, each of wrk's two threads from its own half. */
  private static String lua(List<String> urls) {
    StringBuilder lua = new StringBuilder("local paths = {\n");
    for (String url : urls) {
      URI u = URI.create(url);
      String path = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      // Paths are URL-encoded: no quote or backslash can end the Lua string.
      lua.append("  \"").append(path).append("\",\n");
    }
    // Each thread starts at its own share of the list, so no thread asks what another just asked.
    return lua.append("}\nlocal threads = 0\nfunction setup(thread)\n  thread:set(\"id\", threads)\n")
        .append("  threads = threads + 1\nend\nlocal i = 0\nfunction init(args)\n")
        .append("  i = math.floor(id * #paths / 2)\nend\nrequest = function()\n  i = i + 1\n")
        .append("  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n").toString();
  }

  /** A percentile of wrk's latency distribution, in ms. */
  private static double percentile(String report, String p) {
    Matcher m = Pattern.compile("\\s" + p + "%\\s+([\\d.]+)(us|ms|s|m)\\b").matcher(report);
    if (!m.find()) {
      throw new IllegalStateException("no " + p + "th percentile in wrk's report:\n" + report);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      default -> value * 60_000;
    };
  }
}
