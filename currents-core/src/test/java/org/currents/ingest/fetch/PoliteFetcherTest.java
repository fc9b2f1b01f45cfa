package org.currents.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.currents.testkit.LoopbackServer;
import org.currents.ingest.MemoryFetchMemory;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
  private static final String HTML = "text/html; charset=utf-8";

  private final LoopbackServer server;
  private final MemoryFetchMemory memory = new MemoryFetchMemory();

  PoliteFetcherTest() throws IOException {
    server = new LoopbackServer();
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PoliteFetcher fetcher(FetchConfig config) {
    return new PoliteFetcher(config, memory, Clock.systemUTC());
  }

  /** Loopback allowed, short waits: what every test here needs unless it tests those. */
  private static FetchConfig testConfig() {
    return FetchConfig.defaults()
        .allowing(List.of("127.0.0.0/8"))
        .withWaits(Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(2));
  }

  /** Serves {@code body} at {@code path}; the reference holds the last request's {@code header}. */
  private AtomicReference<String> pageKeepingHeader(String path, String body, String header) {
    AtomicReference<String> seen = new AtomicReference<>();
    server.route(
        path,
        ex -> {
          seen.set(ex.getRequestHeaders().getFirst(header));
          LoopbackServer.send(ex, 200, HTML, body.getBytes(StandardCharsets.UTF_8));
        });
    return seen;
  }

  private static ProblemCode code(Outcome<?> o) {
    assertInstanceOf(Outcome.Failed.class, o, o.toString());
    return ((Outcome.Failed<?>) o).problem().code();
  }

  @Test
  void fetchesAPageWithItsStatusTypeAndAClearUserAgent() {
    AtomicReference<String> agent = pageKeepingHeader("/a", "<p>hello</p>", "User-Agent");
    Outcome<Fetched> got = fetcher(testConfig()).fetch(server.url("/a"));
    Fetched page = ((Outcome.Ok<Fetched>) got).value();
    assertEquals(200, page.status());
    assertEquals(HTML, page.contentType());
    assertEquals("<p>hello</p>", new String(page.body(), StandardCharsets.UTF_8));
    assertTrue(agent.get().startsWith("CurrentsBot/"), agent.get());
  }

  @Test
  void refusesLoopbackAndPrivateAddressesUnlessAllowed() {
    server.page("/a", HTML, "<p>secret</p>");
    assertEquals(ProblemCode.BLOCKED, code(fetcher(FetchConfig.defaults()).fetch(server.url("/a"))));
    assertEquals(0, server.hits("/a"));
    AddressPolicy policy = AddressPolicy.allowing(List.of());
    for (String address :
        new String[] {"10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254", "::1", "fd00::1", "0.0.0.0", "100.64.0.1"}) {
      assertTrue(policy.refusal(ip(address)) != null, address);
    }
    assertNull(policy.refusal(ip("93.184.216.34")));
    assertNull(AddressPolicy.allowing(List.of("10.0.0.0/8")).refusal(ip("10.1.2.3")));
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedAfterTheRedirect() {
    server.route(
        "/jump",
        ex -> {
          ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
          LoopbackServer.send(ex, 302, HTML, new byte[0]);
        });
    Outcome<Fetched> got = fetcher(testConfig()).fetch(server.url("/jump"));
    assertEquals(ProblemCode.BLOCKED, code(got));
    assertTrue(((Outcome.Failed<?>) got).problem().detail().contains("after a redirect"));
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    for (int i = 0; i < 8; i++) {
      String next = "/r" + (i + 1);
      server.route(
          "/r" + i,
          ex -> {
            ex.getResponseHeaders().set("Location", next);
            LoopbackServer.send(ex, 301, HTML, new byte[0]);
          });
    }
    server.page("/r2", HTML, "<p>landed</p>");
    Fetched page = ((Outcome.Ok<Fetched>) fetcher(testConfig()).fetch(server.url("/r0"))).value();
    assertEquals(server.url("/r2"), page.url());
    server.route("/r2", ex -> {
      ex.getResponseHeaders().set("Location", "/r3");
      LoopbackServer.send(ex, 301, HTML, new byte[0]);
    });
    Outcome<Fetched> loop = fetcher(testConfig()).fetch(server.url("/r0"));
    assertEquals(ProblemCode.FETCH_FAILED, code(loop));
    assertTrue(((Outcome.Failed<?>) loop).problem().detail().contains("redirects"));
  }

  @Test
  void honoursRobotsTxt() {
    server.page("/private/x", HTML, "<p>no</p>");
    assertEquals(ProblemCode.BLOCKED, code(fetcher(testConfig()).fetch(server.url("/private/x"))));
    assertEquals(0, server.hits("/private/x"));
  }

  @Test
  void retriesServerErrorsAndHonoursRetryAfter() {
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/flaky",
        ex -> {
          int n = calls.incrementAndGet();
          if (n == 1) {
            LoopbackServer.send(ex, 500, HTML, new byte[0]);
          } else if (n == 2) {
            ex.getResponseHeaders().set("Retry-After", "1");
            LoopbackServer.send(ex, 429, HTML, new byte[0]);
          } else {
            LoopbackServer.send(ex, 200, HTML, "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
          }
        });
    long start = System.nanoTime();
    Outcome<Fetched> got = fetcher(testConfig()).fetch(server.url("/flaky"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertInstanceOf(Outcome.Ok.class, got, got.toString());
    assertEquals(3, calls.get());
    assertTrue(millis >= 1000, "waited " + millis + " ms, Retry-After asked 1 s");

    server.route("/down", ex -> LoopbackServer.send(ex, 503, HTML, new byte[0]));
    Outcome<Fetched> down = fetcher(testConfig()).fetch(server.url("/down"));
    assertEquals(ProblemCode.FETCH_FAILED, code(down));
    assertEquals(1 + testConfig().maxRetries(), server.hits("/down"));
  }

  /** The route streams a 200 body as {@code body} writes it; the fetcher hanging up ends it. */
  @FunctionalInterface
  private interface Streamed {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  private void streamed(String path, Streamed body) {
    server.route(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", HTML);
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            body.write(out);
          } catch (IOException clientHungUp) {
            // expected: the fetcher stops reading at its limit
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  @Test
  void slowAndTricklingResponsesHitTheTimeLimitOfTheWholeRequest() {
    streamed(
        "/slow",
        out -> {
          out.write("<p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(5000);
        });
    streamed(
        "/trickle",
        out -> {
          for (int i = 0; i < 40; i++) { // a byte every 100 ms: no read ever waits 500 ms
            out.write('x');
            out.flush();
            Thread.sleep(100);
          }
        });
    FetchConfig quick =
        testConfig().withWaits(Duration.ofMillis(10), Duration.ZERO, Duration.ofMillis(500));
    for (String path : List.of("/slow", "/trickle")) {
      long start = System.nanoTime();
      Outcome<Fetched> got = fetcher(quick).fetch(server.url(path));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(ProblemCode.FETCH_FAILED, code(got));
      assertTrue(((Outcome.Failed<?>) got).problem().detail().startsWith("no full response within 500 ms"), got.toString());
      assertTrue(millis < 2000, path + " took " + millis + " ms");
    }
  }

  @Test
  void aHugeResponseStopsAtTheByteLimit() {
    byte[] chunk = new byte[64 * 1024];
    streamed(
        "/huge",
        out -> {
          for (int i = 0; i < 1024; i++) { // 64 MiB if read to the end
            out.write(chunk);
          }
        });
    assertEquals(
        ProblemCode.TOO_LARGE, code(fetcher(testConfig().withMaxBytes(1 << 20)).fetch(server.url("/huge"))));
  }

  @Test
  void aGzipBodyIsUndoneWithinTheByteLimit() throws IOException {
    byte[] page = "<p>squeezed</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[2 << 20]; // 2 MiB of zeros: a few KiB on the wire
    server.route("/small", ex -> sendGzip(ex, page));
    server.route("/bomb", ex -> sendGzip(ex, bomb));
    Fetched got = ((Outcome.Ok<Fetched>) fetcher(testConfig()).fetch(server.url("/small"))).value();
    assertEquals("<p>squeezed</p>", new String(got.body(), StandardCharsets.UTF_8));
    assertEquals(
        ProblemCode.TOO_LARGE, code(fetcher(testConfig().withMaxBytes(1 << 20)).fetch(server.url("/bomb"))));
  }

  private static void sendGzip(HttpExchange ex, byte[] body) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(body);
    }
    ex.getResponseHeaders().set("Content-Encoding", "gzip");
    LoopbackServer.send(ex, 200, HTML, packed.toByteArray());
  }

  @Test
  void conditionalGetSkipsAnUnchangedPage() {
    server.route(
        "/feed",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, HTML, new byte[0]);
          } else {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackServer.send(ex, 200, HTML, "<p>v1</p>".getBytes(StandardCharsets.UTF_8));
          }
        });
    PoliteFetcher fetcher = fetcher(testConfig());
    assertInstanceOf(Outcome.Ok.class, fetcher.fetch(server.url("/feed")));
    Outcome<Fetched> again = fetcher.fetch(server.url("/feed"));
    assertInstanceOf(Outcome.Skipped.class, again);
    assertEquals(ProblemCode.NOT_MODIFIED, ((Outcome.Skipped<?>) again).reason().code());
  }

  /** Plays DNS for one made-up name: the i-th lookup gets the i-th answer, the last one repeats. */
  private static final class Answers implements HostResolver {
    private final List<List<InetAddress>> answers;
    private final AtomicInteger calls = new AtomicInteger();

    Answers(List<List<InetAddress>> answers) {
      this.answers = answers;
    }

    @Override
    public List<InetAddress> addresses(String host) {
      assertEquals("rebind.test", host);
      return answers.get(Math.min(calls.getAndIncrement(), answers.size() - 1));
    }
  }

  private String rebindUrl(String path) {
    return server.url(path).replace("127.0.0.1", "rebind.test");
  }

  @Test
  void connectsToTheAddressItCheckedWithoutLookingTheNameUpAgain() {
    AtomicReference<String> host = pageKeepingHeader("/a", "<p>pinned</p>", "Host");
    // One lookup for the page, one for robots.txt; any further lookup would answer a refused
    // address, and the system resolver does not know the name at all.
    InetAddress loopback = ip("127.0.0.1");
    Answers dns = new Answers(List.of(List.of(loopback), List.of(loopback), List.of(ip("10.0.0.1"))));
    Outcome<Fetched> got =
        new PoliteFetcher(testConfig(), memory, Clock.systemUTC(), dns).fetch(rebindUrl("/a"));
    assertInstanceOf(Outcome.Ok.class, got, got.toString());
    assertEquals(2, dns.calls.get());
    assertEquals(rebindUrl("/a").replaceAll("^http://|/a$", ""), host.get());
  }

  @Test
  void aNameThatRebindsToLoopbackAfterTheCheckNeverReachesIt() {
    server.page("/a", HTML, "<p>secret</p>");
    // The page's lookup answers a public address, every later one (robots.txt's first) loopback:
    // the page's connection goes to the public address (unreachable here), never to loopback.
    Answers dns = new Answers(List.of(List.of(ip("192.0.2.1")), List.of(ip("127.0.0.1"))));
    FetchConfig quick = testConfig().withWaits(Duration.ofMillis(10), Duration.ZERO, Duration.ofMillis(300));
    Outcome<Fetched> got = new PoliteFetcher(quick, memory, Clock.systemUTC(), dns).fetch(rebindUrl("/a"));
    assertEquals(ProblemCode.FETCH_FAILED, code(got));
    assertTrue(((Outcome.Failed<?>) got).problem().detail().startsWith("connection failed"), got.toString());
    assertEquals(0, server.hits("/a"));
    assertEquals(1, server.hits("/robots.txt"));
    assertEquals(2, dns.calls.get());
  }

  @Test
  void aRetryTakesTheNextCheckedAddress() {
    server.page("/a", HTML, "<p>second address</p>");
    // Nothing listens on 127.0.0.2 at the server's port: the first try of each request is refused.
    Answers dns = new Answers(List.of(List.of(ip("127.0.0.2"), ip("127.0.0.1"))));
    Outcome<Fetched> got =
        new PoliteFetcher(testConfig(), memory, Clock.systemUTC(), dns).fetch(rebindUrl("/a"));
    assertInstanceOf(Outcome.Ok.class, got, got.toString());
    assertEquals(1, server.hits("/a"));
  }

  @Test
  void anAnswerMixingPublicAndLoopbackAddressesIsRefusedWhole() {
    server.page("/a", HTML, "<p>secret</p>");
    Answers dns = new Answers(List.of(List.of(ip("192.0.2.1"), ip("127.0.0.1"))));
    Outcome<Fetched> got =
        new PoliteFetcher(FetchConfig.defaults(), memory, Clock.systemUTC(), dns).fetch(rebindUrl("/a"));
    assertEquals(ProblemCode.BLOCKED, code(got));
    assertTrue(((Outcome.Failed<?>) got).problem().detail().contains("127.0.0.1"), got.toString());
    assertEquals(0, server.hits("/a"));
  }

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
