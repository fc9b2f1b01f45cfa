package org.currents.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the fetcher behaves; every limit is explicit and reported when hit.
 *
 * @param userAgent sent with every request, and the name robots.txt rules are matched against
 * @param maxBytes the largest body read (after decompression); bigger ones fail as too large
 * @param timeout the time limit for one request, body included
 * @param maxRedirects redirects followed before giving up
 * @param maxRetries retries after a 429, a 5xx or a connection error
 * @param backoff the first retry's wait; each further retry doubles it
 * @param maxRetryAfter the longest Retry-After honoured; a server asking more is given up on
 * @param hostDelay the least time between two requests to one host (robots.txt may ask more)
 * @param maxCrawlDelay the most a robots.txt Crawl-delay is honoured
 * @param perHostConcurrency requests in flight to one host at a time
 * @param allowedNetworks CIDR blocks (or single addresses) fetched although private or local: for
 *     tests and intranets
 * @param obeyRobots whether robots.txt is fetched and honoured
 */
public record FetchConfig(
    String userAgent,
    long maxBytes,
    Duration timeout,
    int maxRedirects,
    int maxRetries,
    Duration backoff,
    Duration maxRetryAfter,
    Duration hostDelay,
    Duration maxCrawlDelay,
    int perHostConcurrency,
    List<String> allowedNetworks,
    boolean obeyRobots) {
  /** The robots.txt product token: the user agent's first word without its version. */
  public String robotName() {
    return userAgent.split("[/ ]", 2)[0];
  }

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    allowedNetworks = List.copyOf(allowedNetworks);
    if (maxBytes <= 0 || maxRedirects < 0 || maxRetries < 0 || perHostConcurrency <= 0) {
      throw new IllegalArgumentException("fetch limits must be positive");
    }
  }

  /**
   * 16 MiB, 30 s, 5 redirects, 3 retries from 1 s, Retry-After up to 2 min, 1 s between requests to
   * a host (Crawl-delay up to 30 s), 2 at a time per host, robots.txt obeyed, public addresses only.
   */
  public static FetchConfig defaults() {
    return new FetchConfig(
        "CurrentsBot/0.1 (+news event portal; https://github.com/currents/currents)",
        16L << 20,
        Duration.ofSeconds(30),
        5,
        3,
        Duration.ofSeconds(1),
        Duration.ofMinutes(2),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        2,
        List.of(),
        true);
  }

  /** The same config with {@code networks} allowed although private or local. */
  public FetchConfig allowing(List<String> networks) {
    return new FetchConfig(
        userAgent, maxBytes, timeout, maxRedirects, maxRetries, backoff, maxRetryAfter, hostDelay,
        maxCrawlDelay, perHostConcurrency, networks, obeyRobots);
  }

  /** The same config with other waits: for tests that must not sleep for seconds. */
  public FetchConfig withWaits(Duration backoff, Duration hostDelay, Duration timeout) {
    return new FetchConfig(
        userAgent, maxBytes, timeout, maxRedirects, maxRetries, backoff, maxRetryAfter, hostDelay,
        maxCrawlDelay, perHostConcurrency, allowedNetworks, obeyRobots);
  }

  /** The same config with another byte limit. */
  public FetchConfig withMaxBytes(long bytes) {
    return new FetchConfig(
        userAgent, bytes, timeout, maxRedirects, maxRetries, backoff, maxRetryAfter, hostDelay,
        maxCrawlDelay, perHostConcurrency, allowedNetworks, obeyRobots);
  }
}
