package org.currents.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into its addresses. The fetcher asks once per request and connects only to an
 * address of that answer, so a test can stand in for DNS here. Implementations are thread safe.
 */
@FunctionalInterface
public interface HostResolver {
  /** The addresses of {@code host} (a name or an address literal, IPv6 without brackets). */
  List<InetAddress> addresses(String host) throws UnknownHostException;

  /** The system resolver (hosts file, then DNS), with the JVM's own short cache. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
