package org.currents.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.currents.model.Article;
import org.currents.store.ArticleStore;
import org.currents.store.Stores;
import org.currents.web.PortalServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code currents bench serve}: concurrent clients on loopback against the web portal over the
 * store, beside the JDK's own HTTP server handing out the same bytes from memory (the floor any
 * server on this machine and client meets), with the ratio of their p99 latencies. With {@code
 * --synthesise N} it first fills the store up to N articles resampled from real texts, then builds
 * the portal once. Search targets cycle through many different queries, so they measure searching,
 * not a cached page.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the portal over the store (--data) and loads home, an event page, search and the",
      "API with concurrent clients (wrk when installed, else a Java client); prints requests/s,",
      "p50 and p99 beside a static server. --synthesise 100000 first fills the store with",
      "articles resampled from --corpus (give a large heap: CURRENTS_JAVA_OPTS=-Xmx6g)."
    })
final class BenchServeCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per target (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--synthesise", paramLabel = "N", defaultValue = "0",
      description = "First add resampled articles until the store holds N (default: none).")
  int synthesise;

  @Option(names = "--corpus", defaultValue = "samples", split = ",",
      description = "Real articles to resample: JSON Lines files or folders (default: ${DEFAULT-VALUE}).")
  List<String> corpus;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--client", defaultValue = "auto",
      description = "Load client: auto (wrk when on the PATH), wrk or java (default: ${DEFAULT-VALUE}).")
  String client;

  @Option(names = "--warm-searches", paramLabel = "N", defaultValue = ServeCommand.WARM_SEARCHES,
      description = "Searches the server sends itself before it is measured, as currents serve does (default: ${DEFAULT-VALUE}).")
  int warmSearches;

  /** Distinct queries each search target cycles through. */
  static final int QUERIES = 20_000;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Main main = spec.commandLine().getParent().getParent().getCommand();
    if (synthesise > 0 && !fill(main, out, err)) {
      return 1;
    }
    LoadClient load = loadClient(err);
    if (load == null) {
      return 2;
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long buildStart = System.nanoTime();
    try (PortalServer portal = ServeCommand.start(main, 0, warmSearches, new PrintWriter(new StringWriter()))) {
      double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
      String base = "http://127.0.0.1:" + portal.port();
      JsonNode events = new ObjectMapper().readTree(fetch(http, base + "/api/v1/events?limit=200"));
      if (events.get("events").isEmpty()) {
        err.println("currents: no events in the store at " + main.storeLocation() + " (ingest first)");
        return 1;
      }
      List<String> words = words(events);
      Map<String, List<String>> targets = new LinkedHashMap<>();
      targets.put("home", List.of("/"));
      targets.put("event page", List.of(events.get("events").get(0).get("path").asText()));
      targets.put("search", queries("/search?q=", words));
      targets.put("api events", List.of("/api/v1/events"));
      targets.put("api search", queries("/api/v1/search?q=", words));
      HttpServer floor = staticCopy(http, base, targets);
      try {
        String floorBase = "http://127.0.0.1:" + floor.getAddress().getPort();
        out.printf(Locale.ROOT, "%d articles, %d events, portal built and warmed in %.1f s; %s, %d connections, "
                + "%d s per target after %d s warm-up; %d cores, load average %s; %s%n",
            articleCount(main), events.get("total").asInt(), buildSeconds, load.name(), clients, seconds,
            warmup, Runtime.getRuntime().availableProcessors(), loadAverage(), heap());
        out.printf(Locale.ROOT, "%-11s %10s %8s %8s   %10s %8s %8s   %s%n",
            "target", "portal r/s", "p50 ms", "p99 ms", "static r/s", "p50 ms", "p99 ms", "p99 ratio");
        out.flush();
        for (Map.Entry<String, List<String>> t : targets.entrySet()) {
          LoadClient.Load p = measure(load, base, t.getValue());
          LoadClient.Load s = measure(load, floorBase, t.getValue());
          out.printf(Locale.ROOT, "%-11s %10.0f %8.2f %8.2f   %10.0f %8.2f %8.2f   %.1fx%n",
              t.getKey(), p.perSecond(), p.p50Millis(), p.p99Millis(),
              s.perSecond(), s.p50Millis(), s.p99Millis(), p.p99Millis() / s.p99Millis());
          out.flush();
        }
      } finally {
        floor.stop(0);
      }
    }
    out.println("load average after: " + loadAverage());
    return 0;
  }

  private LoadClient.Load measure(LoadClient load, String base, List<String> paths) throws Exception {
    List<String> urls = paths.stream().map(p -> base + p).toList();
    load.run(urls, clients, warmup);
    return load.run(urls, clients, seconds);
  }

  /** The client {@code --client} names; null (after saying why) when it cannot run here. */
  private LoadClient loadClient(PrintWriter err) {
    boolean wrk = WrkClient.installed();
    switch (client) {
      case "java":
        return new JavaClient();
      case "wrk":
        if (!wrk) {
          err.println("currents: wrk is not installed (apt-get install -y wrk)");
          return null;
        }
        return new WrkClient();
      case "auto":
        if (!wrk) {
          err.println("currents: wrk is not installed (apt-get install -y wrk); measuring with the Java client");
          return new JavaClient();
        }
        return new WrkClient();
      default:
        err.println("currents: --client must be auto, wrk or java: " + client);
        return null;
    }
  }

  /** Adds resampled articles until the store holds {@code synthesise}; false when there is nothing to resample. */
  private boolean fill(Main main, PrintWriter out, PrintWriter err) {
    List<Article> base = SyntheticArticles.read(corpus);
    if (base.size() < 2) {
      err.println("currents: need at least two JSON Lines articles in " + corpus + " to synthesise from");
      return false;
    }
    long start = System.nanoTime();
    try (Stores stores = main.openStores()) {
      ArticleStore store = stores.articles();
      int had = store.articleCount();
      if (had < synthesise) {
        // The same seed gives the same ids, so a second run only adds what the first did not.
        SyntheticArticles.resample(base, synthesise, new Random(seed)).forEach(store::add);
      }
      out.printf(Locale.ROOT, "store: %d articles (%d were there; resampled from %d real ones in %.1f s)%n",
          store.articleCount(), had, base.size(), (System.nanoTime() - start) / 1e9);
      out.flush();
    }
    return true;
  }

  private static int articleCount(Main main) {
    try (Stores stores = main.openStores()) {
      return stores.articles().articleCount();
    }
  }

  private static String loadAverage() {
    double avg = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return avg < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", avg);
  }

  /**
   * The serving JVM's heap as the launcher set it up: its initial and maximum size, and whether it
   * was touched at start and mapped in huge pages, which decide the tail here (see the launcher).
   */
  private static String heap() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    return String.format(Locale.ROOT, "heap %d of %d MB at start, pre-touched %s, transparent huge pages %s",
        heap.getInit() >> 20, heap.getMax() >> 20,
        vm.getVMOption("AlwaysPreTouch").getValue(), vm.getVMOption("UseTransparentHugePages").getValue());
  }

  /** Words of the latest events' summaries, to search for. */
  private static List<String> words(JsonNode events) {
    Set<String> words = new LinkedHashSet<>();
    for (JsonNode e : events.get("events")) {
      for (String w : e.get("summary").asText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 3) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** {@link #QUERIES} distinct one- and two-word queries from {@code words}, in a seeded random order. */
  private List<String> queries(String prefix, List<String> words) {
    Random random = new Random(seed);
    Set<String> queries = new LinkedHashSet<>(words);
    for (int tries = 0; queries.size() < QUERIES && tries < QUERIES * 10; tries++) {
      queries.add(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())));
    }
    List<String> paths = new ArrayList<>();
    for (String q : queries) {
      paths.add(prefix + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }
    java.util.Collections.shuffle(paths, random);
    return paths;
  }

  /** The JDK's HTTP server answering each target with the portal's bytes for its first path, fetched once. */
  private static HttpServer staticCopy(HttpClient http, String base, Map<String, List<String>> targets)
      throws IOException, InterruptedException {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (List<String> paths : targets.values()) {
      bodies.put(paths.get(0).split("\\?")[0], fetch(http, base + paths.get(0)).getBytes(StandardCharsets.UTF_8));
    }
    // Without TCP_NODELAY the JDK's server sends headers and body in two writes, and the client's
    // delayed ACK holds the second for 40 ms: the floor would measure that timer, not the machine.
    // The JDK reads the property once, when its first server starts; this command starts no other.
    System.setProperty("sun.net.httpserver.nodelay", "true");
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

  static String fetch(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response.body();
  }
}
