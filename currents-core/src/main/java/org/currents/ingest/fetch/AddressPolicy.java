package org.currents.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses may be fetched: public ones, plus any in an explicit allow-list. Loopback,
 * private (RFC 1918, IPv6 unique local), link-local, carrier-grade NAT, "this network", multicast
 * and the unspecified address are refused, because a URL from a feed must not reach the machine
 * or its intranet (SSRF). Immutable and thread safe.
 */
public final class AddressPolicy {
  private final List<Block> allowed;

  private AddressPolicy(List<Block> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /**
   * Public addresses plus {@code networks} (CIDR blocks such as {@code 127.0.0.0/8} or single
   * addresses). A malformed block fails at once: it is a configuration error.
   */
  public static AddressPolicy allowing(List<String> networks) {
    List<Block> blocks = new ArrayList<>();
    for (String n : networks) {
      blocks.add(Block.parse(n));
    }
    return new AddressPolicy(blocks);
  }

  /** Why {@code address} may not be fetched, or null when it may. */
  public @Nullable String refusal(InetAddress address) {
    for (Block b : allowed) {
      if (b.contains(address)) {
        return null;
      }
    }
    byte[] a = address.getAddress();
    boolean local =
        address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || address.isAnyLocalAddress()
            || address.isMulticastAddress()
            || (a.length == 4 && (a[0] == 0 || ((a[0] & 0xff) == 100 && (a[1] & 0xc0) == 64)))
            || (address instanceof Inet6Address && (a[0] & 0xfe) == 0xfc);
    return local ? address.getHostAddress() + " is a private, loopback or link-local address" : null;
  }

  /** An address block: a network address and a prefix length. */
  private record Block(byte[] network, int prefix) {
    static Block parse(String cidr) {
      String[] parts = cidr.trim().split("/", 2);
      try {
        byte[] net = InetAddress.getByName(parts[0]).getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
        if (prefix < 0 || prefix > net.length * 8 || !parts[0].matches("[0-9a-fA-F:.]+")) {
          throw new IllegalArgumentException("not an address block: " + cidr);
        }
        return new Block(net, prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException("not an address block: " + cidr, e);
      }
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
