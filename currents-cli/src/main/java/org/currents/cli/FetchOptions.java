package org.currents.cli;

import java.util.ArrayList;
import java.util.List;
import org.currents.ingest.fetch.FetchConfig;
import picocli.CommandLine.Option;

/** The fetch settings that {@code ingest} and {@code watch} share. */
final class FetchOptions {
  @Option(
      names = "--allow-address",
      paramLabel = "CIDR",
      description = {
        "Fetch from this private or local address block although it is refused by default",
        "(e.g. 10.0.0.0/8 for an intranet, 127.0.0.1 for tests). Repeatable."
      })
  List<String> allowedNetworks = new ArrayList<>();

  @Option(
      names = "--user-agent",
      paramLabel = "AGENT",
      description = "The User-Agent sent and matched against robots.txt (default: CurrentsBot/0.1 ...).")
  String userAgent;

  FetchConfig config() {
    FetchConfig defaults = FetchConfig.defaults().allowing(allowedNetworks);
    if (userAgent == null) {
      return defaults;
    }
    return new FetchConfig(
        userAgent, defaults.maxBytes(), defaults.timeout(), defaults.maxRedirects(),
        defaults.maxRetries(), defaults.backoff(), defaults.maxRetryAfter(), defaults.hostDelay(),
        defaults.maxCrawlDelay(), defaults.perHostConcurrency(), defaults.allowedNetworks(),
        defaults.obeyRobots());
  }
}
