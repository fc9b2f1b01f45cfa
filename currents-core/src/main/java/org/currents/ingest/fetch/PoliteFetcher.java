package org.currents.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.store.FetchMemory;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link PageFetcher}: Apache HttpClient (classic), redirects followed by hand so that
 * every hop's address is checked, robots.txt per host (cached for the fetcher's life), one {@link
 * HostGate} per host, conditional GET from {@link FetchMemory}, gzip undone within the byte limit.
 *
 * <p>Design decision: each hop resolves its host once, through {@link CheckedDnsResolver}, and the
 * request's target carries the address chosen from that checked answer, so the client connects to
 * it without a lookup of its own (TLS still checks the certificate against the host name, sent as
 * SNI). The JDK client, used before, resolves again when it connects: a DNS answer that changed in
 * between (rebinding) reached addresses the check had never seen.
 *
 * <p>Thread safe; meant to be shared by the threads that fetch a feed's links.
 */
public final class PoliteFetcher implements PageFetcher {
  /**
   * Cancels requests at their time limit: one daemon thread for every fetcher, and a finished
   * request's task is removed at once, so none waits out its timeout holding the request.
   */
  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private final FetchConfig config;
  private final CheckedDnsResolver resolver;
  private final FetchMemory memory;
  private final Clock clock;
  private final CloseableHttpClient client;
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();

  public PoliteFetcher(FetchConfig config, FetchMemory memory, Clock clock) {
    this(config, memory, clock, HostResolver.system());
  }

  /** A fetcher that looks host names up through {@code hosts}: for tests that play DNS. */
  public PoliteFetcher(FetchConfig config, FetchMemory memory, Clock clock, HostResolver hosts) {
    this.config = config;
    this.resolver = new CheckedDnsResolver(hosts, AddressPolicy.allowing(config.allowedNetworks()));
    this.memory = memory;
    this.clock = clock;
    Timeout timeout = Timeout.of(config.timeout());
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(resolver)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(timeout)
                            .setSocketTimeout(timeout)
                            .build())
                    // The host gates bound what is in flight; the pool must never be the limit.
                    .setMaxConnPerRoute(config.perHostConcurrency())
                    .setMaxConnTotal(Integer.MAX_VALUE)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(timeout)
                    .setResponseTimeout(timeout)
                    .build())
            // Redirects, retries and gzip are this class's own work, each under its limit.
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
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
    int status = last.answer().status();
    if (status == 304) {
      return Outcome.skipped(ProblemCode.NOT_MODIFIED, url, "not modified since the last fetch");
    }
    if (status < 200 || status > 299) {
      return Outcome.failed(ProblemCode.FETCH_FAILED, url, "HTTP status " + status + " from " + last.uri());
    }
    String etag = last.answer().header("ETag");
    String modified = last.answer().header("Last-Modified");
    if (etag != null || modified != null) {
      memory.remember(url, new FetchMemory.Validators(etag, modified));
    }
    return Outcome.ok(
        new Fetched(
            url,
            last.uri().toString(),
            status,
            last.answer().header("Content-Type"),
            last.answer().body(),
            Instant.now(clock)));
  }

  /** A response read whole: its status, headers and body (gzip undone). */
  private record Answer(int status, Header[] headers, byte[] body) {
    @Nullable String header(String name) {
      for (Header h : headers) {
        if (h.getName().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
      return null;
    }
  }

  /** The last response of a redirect chain, with its URI. */
  private record Hop(URI uri, Answer answer) {}

  private Outcome<Hop> follow(
      String input, URI start, FetchMemory.@Nullable Validators known, boolean checkRobots) {
    URI uri = start;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "not an http(s) URL: " + uri);
      }
      InetAddress[] checked;
      try {
        checked = resolver.resolve(bare(uri.getHost()));
      } catch (UnknownHostException e) {
        String why = e instanceof CheckedDnsResolver.Refused ? e.getMessage() : "unknown host " + uri.getHost();
        return Outcome.failed(ProblemCode.BLOCKED, input, why + (hop > 0 ? " (after a redirect)" : ""));
      }
      HostGate gate = gates.computeIfAbsent(origin(uri), k -> new HostGate(config.perHostConcurrency(), config.hostDelay()));
      if (checkRobots) {
        BaseRobotRules rules = robots.computeIfAbsent(origin(uri), k -> robotsOf(input, k, gate));
        if (!rules.isAllowed(uri.toString())) {
          return Outcome.failed(ProblemCode.BLOCKED, input, "robots.txt disallows " + uri);
        }
      }
      Outcome<Answer> answer = withRetries(input, uri, checked, hop == 0 ? known : null, gate);
      if (!(answer instanceof Outcome.Ok<Answer> ok)) {
        return answer.map(r -> null);
      }
      Answer response = ok.value();
      int status = response.status();
      boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
      if (!redirect) {
        return Outcome.ok(new Hop(uri, response));
      }
      String location = response.header("Location");
      if (location == null) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "redirect without a Location from " + uri);
      }
      try {
        uri = uri.resolve(new URI(location.trim()));
      } catch (URISyntaxException e) {
        return Outcome.failed(ProblemCode.FETCH_FAILED, input, "bad redirect Location: " + location);
      }
    }
    return Outcome.failed(
        ProblemCode.FETCH_FAILED, input, "more than " + config.maxRedirects() + " redirects");
  }

  /** A URI's host without the brackets of an IPv6 literal. */
  private static String bare(String host) {
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
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
      Answer r = ok.value().answer();
      String type = r.header("Content-Type");
      rules =
          r.status() >= 200 && r.status() < 300
              ? parser.parseContent(
                  robotsUri.toString(),
                  r.body(),
                  type == null ? "text/plain" : type,
                  List.of(config.robotName().toLowerCase(Locale.ROOT)))
              : parser.failedFetch(r.status());
    } else {
      rules = parser.failedFetch(503);
    }
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay > 0) {
      gate.atLeast(Duration.ofMillis(Math.min(crawlDelay, config.maxCrawlDelay().toMillis())));
    }
    return rules;
  }

  /**
   * Asks until an answer that is not a 429 or 5xx, or the retries run out. Each try connects to one
   * of the {@code checked} addresses, the next one on the next try, so a host with a dead address
   * is still reached.
   */
  private Outcome<Answer> withRetries(
      String input, URI uri, InetAddress[] checked, FetchMemory.@Nullable Validators known, HostGate gate) {
    for (int attempt = 0; ; attempt++) {
      Duration wait = config.backoff().multipliedBy(1L << Math.min(attempt, 20));
      InetAddress address = checked[attempt % checked.length];
      String why;
      try {
        Answer response = gate.call(() -> send(uri, address, known));
        int status = response.status();
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

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor deadlines =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread t = new Thread(task, "currents-fetch-deadlines");
              t.setDaemon(true);
              return t;
            });
    deadlines.setRemoveOnCancelPolicy(true);
    return deadlines;
  }

  /**
   * One request to {@code address}, named {@code uri}'s host (Host header, SNI, certificate check).
   * The whole exchange is cancelled at the time limit, however slowly the bytes trickle in.
   */
  private Answer send(URI uri, InetAddress address, FetchMemory.@Nullable Validators known)
      throws IOException, TimeoutException {
    HttpGet request = new HttpGet(uri);
    request.setHeader("User-Agent", config.userAgent());
    request.setHeader("Accept-Encoding", "gzip");
    if (known != null && known.etag() != null) {
      request.setHeader("If-None-Match", known.etag());
    }
    if (known != null && known.lastModified() != null) {
      request.setHeader("If-Modified-Since", known.lastModified());
    }
    HttpHost target = new HttpHost(uri.getScheme(), address, bare(uri.getHost()), uri.getPort());
    ScheduledFuture<?> deadline = DEADLINES.schedule(request::cancel, config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    try (ClassicHttpResponse response = client.executeOpen(target, request, null)) {
      HttpEntity entity = response.getEntity();
      byte[] raw = entity == null ? new byte[0] : readAtMost(entity.getContent(), request::cancel);
      boolean gzip =
          entity != null
              && entity.getContentEncoding() != null
              && entity.getContentEncoding().toLowerCase(Locale.ROOT).contains("gzip");
      return new Answer(response.getCode(), response.getHeaders(), gzip ? gunzip(raw) : raw);
    } catch (IOException e) {
      if (request.isCancelled() && !(e instanceof TooLarge) || e instanceof SocketTimeoutException) {
        throw new TimeoutException(e.toString());
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  /**
   * The stream's bytes up to the byte limit. Over it, {@code abort} drops the connection first:
   * closing the stream would read the rest of a huge body to keep the connection.
   */
  private byte[] readAtMost(InputStream in, Runnable abort) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + (long) n > config.maxBytes()) {
        abort.run();
        throw new TooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private byte[] gunzip(byte[] raw) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return readAtMost(in, () -> {});
    }
  }

  /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
  private @Nullable Duration retryAfter(Answer response) {
    String value = response.header("Retry-After");
    if (value == null) {
      return null;
    }
    String v = value.trim();
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
}
