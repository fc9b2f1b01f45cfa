package org.currents.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host once through a {@link HostResolver} and answers its addresses only if the
 * {@link AddressPolicy} allows every one of them. A name that mixes public and private addresses is
 * refused whole: it is a rebinding trick more often than a real site. Thread safe.
 *
 * <p>The fetcher calls it itself and hands the checked address to the HTTP client with the target;
 * the connection manager holds the same resolver, so a lookup made anywhere else is checked too.
 */
final class CheckedDnsResolver implements DnsResolver {
  /** The host resolved, but to an address the policy refuses. */
  static final class Refused extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final HostResolver resolver;
  private final AddressPolicy policy;

  CheckedDnsResolver(HostResolver resolver, AddressPolicy policy) {
    this.resolver = resolver;
    this.policy = policy;
  }

  /**
   * The checked addresses of {@code host}, never empty.
   *
   * @throws Refused when one of them is not allowed
   * @throws UnknownHostException when the host does not resolve
   */
  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    List<InetAddress> addresses = resolver.addresses(host);
    if (addresses.isEmpty()) {
      throw new UnknownHostException(host);
    }
    for (InetAddress address : addresses) {
      String why = policy.refusal(address);
      if (why != null) {
        throw new Refused(host + " resolves to " + why);
      }
    }
    return addresses.toArray(new InetAddress[0]);
  }

  /** The name as given: a reverse lookup would be a second, unchecked answer. */
  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }
}
