package org.crosscheck.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which network addresses a fetch may reach. Without permission, loopback, private, link-local,
 * carrier-grade NAT, unique-local and multicast addresses are refused, because a feed or a redirect
 * could otherwise point the tool at services inside the user's own network (SSRF). Immutable.
 */
final class AddressPolicy {
  private final boolean allowPrivate;

  AddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why the address may not be fetched, or null when it may. */
  String whyRefused(InetAddress address) {
    if (allowPrivate) {
      return null;
    }
    String kind = privateKind(address);
    return kind == null ? null : kind + " (" + address.getHostAddress() + ")";
  }

  /** What kind of non-public address this is, or null for a public one. */
  static String privateKind(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (a.isAnyLocalAddress()) {
      return "the unspecified address";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (a.isSiteLocalAddress()) {
      return "a private address";
    }
    if (a.isMulticastAddress()) {
      return "a multicast address";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "a reserved address";
      }
      if (first == 100 && second >= 64 && second < 128) {
        return "a carrier-grade NAT address";
      }
    }
    if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return "a unique-local address";
    }
    return null;
  }
}
