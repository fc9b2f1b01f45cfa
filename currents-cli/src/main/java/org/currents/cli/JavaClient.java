package org.currents.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The JDK's HTTP client on one thread per connection: the fallback when {@code wrk} is not
 * installed. It runs in the server's own JVM, so it takes CPU from the server it measures.
 */
final class JavaClient implements LoadClient {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public String name() {
    return "Java client";
  }

  @Override
  public Load run(List<String> urls, int connections, int seconds) throws Exception {
    List<HttpRequest> requests = urls.stream().map(u -> HttpRequest.newBuilder(URI.create(u)).build()).toList();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Long> all = new ArrayList<>();
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        // Each connection starts at its own share of the list, so none asks what another just asked.
        int first = (int) ((long) c * requests.size() / connections);
        futures.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = first; System.nanoTime() < end; i++) {
            HttpRequest request = requests.get(i % requests.size());
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            mine.add(System.nanoTime() - t);
          }
          return mine;
        }));
      }
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    all.sort(null);
    return new Load(all.size() / elapsed, percentile(all, 0.50), percentile(all, 0.99));
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}
