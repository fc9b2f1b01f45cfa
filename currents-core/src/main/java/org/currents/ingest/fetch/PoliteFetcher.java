package org.currents.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.store.FetchMemory;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link PageFetcher}: JDK HTTP client, redirects followed by hand so that every hop's
 * address is checked, robots.txt per host (cached for the fetcher's life), one {@link HostGate} per
 * host, conditional GET from {@link FetchMemory}, gzip undone within the byte limit.
 *
 * <p>Thread safe; meant to be shared by the threads that fetch a feed's links.
 */
public final class PoliteFetcher implements PageFetcher {
  private final FetchConfig config;
  private final AddressPolicy policy;
  private final FetchMemory memory;
  private final Clock clock;
  private final HttpClient client;
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

  public PoliteFetcher(FetchConfig config, FetchMemory memory, Clock clock) {
    this.config = config;
    this.policy = AddressPolicy.allowing(config.allowedNetworks());
    this.memory = memory;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.timeout())
            .build();
  }

  @Override
  public Outcome<Fetched> fetch(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Outcome.failed(ProblemCode.FETCH_FAILED, url, "not a URL: " + e.getMessage());
    }
    FetchMemory.Validators known = memory.validators(url);
    Outcome<Hop> hop = follow(url, uri, known, config.obeyRobots());
    if (!(hop instanceof Outcome.Ok<Hop> ok)) {
      return hop.map(h -> null);
    }
    Hop last = ok.value();
    int status = last.response().statusCode();
    if (status == 304) {
      return Outcome.skipped(ProblemCode.NOT_MODIFIED, url, "not modified since the last fetch");
    }
    if (status < 200 || status > 299) {
      return Outcome.failed(ProblemCode.FETCH_FAILED, url, "HTTP status " + status + " from " + last.uri());
    }
    Optional<String> etag = last.response().headers().firstValue("ETag");
    Optional<String> modified = last.response().headers().firstValue("Last-Modified");
    if (etag.isPresent() || modified.isPresent()) {
      memory.remember(url, new FetchMemory.Validators(etag.orElse(null), modified.orElse(null)));
    }
    return Outcome.ok(
        new Fetched(
            url,
            last.uri().toString(),
            status,
            last.response().headers().firstValue("Content-Type").orElse(null),
            last.response().body(),
            Instant.now(clock)));
  }

  /** The last response of a redirect chain, with its URI. */
  private record Hop(URI uri, HttpResponse<byte[]> response) {}

  private Outcome<Hop> follow(
      String input, URI start, FetchMemory.@Nullable Validators known, boolean checkRobots) {
    URI uri = start;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "not an http(s) URL: " + uri);
      }
      String refused = refusal(uri.getHost());
      if (refused != null) {
        return Outcome.failed(ProblemCode.BLOCKED, input, refused + (hop > 0 ? " (after a redirect)" : ""));
      }
      HostGate gate = gates.computeIfAbsent(origin(uri), k -> new HostGate(config.perHostConcurrency(), config.hostDelay()));
      if (checkRobots) {
        BaseRobotRules rules = robots.computeIfAbsent(origin(uri), k -> robotsOf(input, k, gate));
        if (!rules.isAllowed(uri.toString())) {
          return Outcome.failed(ProblemCode.BLOCKED, input, "robots.txt disallows " + uri);
        }
      }
      Outcome<HttpResponse<byte[]>> answer = withRetries(input, uri, hop == 0 ? known : null, gate);
      if (!(answer instanceof Outcome.Ok<HttpResponse<byte[]>> ok)) {
        return answer.map(r -> null);
      }
      HttpResponse<byte[]> response = ok.value();
      int status = response.statusCode();
      boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
      if (!redirect) {
        return Outcome.ok(new Hop(uri, response));
      }
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "redirect without a Location from " + uri);
      }
      try {
        uri = uri.resolve(new URI(location.get().trim()));
      } catch (URISyntaxException e) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "bad redirect Location: " + location.get());
      }
    }
    return Outcome.failed(
        ProblemCode.FETCH_FAILED, input, "more than " + config.maxRedirects() + " redirects");
  }

  private @Nullable String refusal(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
    for (InetAddress address : addresses) {
      String why = policy.refusal(address);
      if (why != null) {
        return host + " resolves to " + why;
      }
    }
    return null;
  }

  private static String origin(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
  }

  /**
   * The robots.txt rules of an origin. A missing file (4xx) allows everything; an unreachable one
   * (5xx, network error) disallows everything for this run, as RFC 9309 asks.
   */
  private BaseRobotRules robotsOf(String input, String origin, HostGate gate) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robotsUri = URI.create(origin + "/robots.txt");
    Outcome<Hop> hop = follow(input, robotsUri, null, false);
    BaseRobotRules rules;
    if (hop instanceof Outcome.Ok<Hop> ok) {
      HttpResponse<byte[]> r = ok.value().response();
      rules =
          r.statusCode() >= 200 && r.statusCode() < 300
              ? parser.parseContent(
                  robotsUri.toString(),
                  r.body(),
                  r.headers().firstValue("Content-Type").orElse("text/plain"),
                  List.of(config.robotName().toLowerCase(Locale.ROOT)))
              : parser.failedFetch(r.statusCode());
    } else {
      rules = parser.failedFetch(503);
    }
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay > 0) {
      gate.atLeast(Duration.ofMillis(Math.min(crawlDelay, config.maxCrawlDelay().toMillis())));
    }
    return rules;
  }

  private Outcome<HttpResponse<byte[]>> withRetries(
      String input, URI uri, FetchMemory.@Nullable Validators known, HostGate gate) {
    for (int attempt = 0; ; attempt++) {
      Duration wait = config.backoff().multipliedBy(1L << Math.min(attempt, 20));
      String why;
      try {
        HttpResponse<byte[]> response = gate.call(() -> send(uri, known));
        int status = response.statusCode();
        if (status != 429 && status < 500) {
          return Outcome.ok(response);
        }
        why = "HTTP status " + status;
        Duration asked = retryAfter(response);
        if (asked != null) {
          if (asked.compareTo(config.maxRetryAfter()) > 0) {
            return Outcome.failed(
                ProblemCode.FETCH_FAILED, input, why + "; Retry-After " + asked.toSeconds() + " s is over the limit");
          }
          wait = asked;
        }
      } catch (TooLarge e) {
        return Outcome.failed(
            ProblemCode.TOO_LARGE, input, "body is over the limit of " + config.maxBytes() + " bytes");
      } catch (TimeoutException e) {
        return Outcome.failed(
            ProblemCode.FETCH_FAILED, input, "no full response within " + config.timeout().toMillis() + " ms");
      } catch (IOException e) {
        why = "connection failed: " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "interrupted");
      }
      if (attempt >= config.maxRetries()) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, why + " after " + (attempt + 1) + " tries");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "interrupted");
      }
    }
  }

  private HttpResponse<byte[]> send(URI uri, FetchMemory.@Nullable Validators known)
      throws IOException, InterruptedException, TimeoutException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(config.timeout())
            .header("User-Agent", config.userAgent())
            .header("Accept-Encoding", "gzip");
    if (known != null && known.etag() != null) {
      request.header("If-None-Match", known.etag());
    }
    if (known != null && known.lastModified() != null) {
      request.header("If-Modified-Since", known.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), info -> new LimitedBody(config.maxBytes(), info));
    try {
      return future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof TooLarge t) {
        throw t;
      }
      throw cause instanceof IOException io ? io : new IOException(cause);
    }
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  private @Nullable Duration retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After");
    if (value.isEmpty()) {
      return null;
    }
    String v = value.get().trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(Instant.now(clock), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /** The body over the limit: the fetch stops reading at once. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Collects a body up to a byte limit, undoing gzip; cancels the stream when over. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final boolean gzip;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.@Nullable Subscription subscription;

    LimitedBody(long max, HttpResponse.ResponseInfo info) {
      this.max = max;
      this.gzip =
          info.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).contains("gzip");
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > max) {
          tooLarge();
          return;
        }
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
    }

    private void tooLarge() {
      if (subscription != null) {
        subscription.cancel();
      }
      result.completeExceptionally(new TooLarge());
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      if (!gzip) {
        result.complete(out.toByteArray());
        return;
      }
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (plain.size() + (long) n > max) {
            result.completeExceptionally(new TooLarge());
            return;
          }
          plain.write(buffer, 0, n);
        }
        result.complete(plain.toByteArray());
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
