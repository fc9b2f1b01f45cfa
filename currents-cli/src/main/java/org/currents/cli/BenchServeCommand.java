package org.currents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.currents.web.PortalServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench serve}: concurrent clients on loopback against the web portal over the
 * store, beside the JDK's own HTTP server handing out the same bytes from memory (the floor any
 * server on this machine and client meets), with the ratio of their p99 latencies.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the portal over the store (--data) and loads home, an event page, search and the",
      "API with concurrent clients; prints requests/s, p50 and p99 beside a static server."
    })
final class BenchServeCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per target (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
  int warmup;

  /** The figures for one target on one server. */
  record Load(double perSecond, double p50Millis, double p99Millis) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Main main = spec.commandLine().getParent().getParent().getCommand();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (PortalServer portal = ServeCommand.start(main, 0, new PrintWriter(new StringWriter()))) {
      String base = "http://127.0.0.1:" + portal.port();
      JsonNode events = new ObjectMapper().readTree(fetch(http, base + "/api/v1/events?limit=1"));
      if (events.get("events").isEmpty()) {
        err.println("currents: no events in the store at " + main.storeLocation() + " (ingest first)");
        return 1;
      }
      JsonNode first = events.get("events").get(0);
      String word = first.get("summary").asText().split("\\W+")[0];
      Map<String, String> targets = new LinkedHashMap<>();
      targets.put("home", "/");
      targets.put("event page", first.get("path").asText());
      targets.put("search", "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
      targets.put("api events", "/api/v1/events");
      HttpServer floor = staticCopy(http, base, targets);
      try {
        String floorBase = "http://127.0.0.1:" + floor.getAddress().getPort();
        out.printf(Locale.ROOT, "%d clients, %d s per target after %d s warm-up, %d events%n",
            clients, seconds, warmup, events.get("total").asInt());
        out.printf(Locale.ROOT, "%-11s %10s %8s %8s   %10s %8s %8s   %s%n",
            "target", "portal r/s", "p50 ms", "p99 ms", "static r/s", "p50 ms", "p99 ms", "p99 ratio");
        for (Map.Entry<String, String> t : targets.entrySet()) {
          Load p = load(http, base + t.getValue());
          Load s = load(http, floorBase + t.getValue());
          out.printf(Locale.ROOT, "%-11s %10.0f %8.2f %8.2f   %10.0f %8.2f %8.2f   %.1fx%n",
              t.getKey(), p.perSecond(), p.p50Millis(), p.p99Millis(),
              s.perSecond(), s.p50Millis(), s.p99Millis(), p.p99Millis() / s.p99Millis());
          out.flush();
        }
      } finally {
        floor.stop(0);
      }
    }
    return 0;
  }

  /** The JDK's HTTP server answering each target with the portal's bytes, fetched once. */
  private static HttpServer staticCopy(HttpClient http, String base, Map<String, String> targets)
      throws IOException, InterruptedException {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (String path : targets.values()) {
      bodies.put(path.split("\\?")[0], fetch(http, base + path).getBytes(StandardCharsets.UTF_8));
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      byte[] body = bodies.getOrDefault(exchange.getRequestURI().getPath(), new byte[0]);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private Load load(HttpClient http, String url) throws Exception {
    run(http, url, warmup);
    long start = System.nanoTime();
    List<Long> latencies = run(http, url, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    latencies.sort(null);
    return new Load(latencies.size() / elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99));
  }

  /** Each client sends requests one after another until the time is up; returns every latency in ns. */
  private List<Long> run(HttpClient http, String url, int forSeconds) throws Exception {
    long end = System.nanoTime() + forSeconds * 1_000_000_000L;
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          while (System.nanoTime() < end) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            mine.add(System.nanoTime() - t);
          }
          return mine;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }

  private static String fetch(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }
}
