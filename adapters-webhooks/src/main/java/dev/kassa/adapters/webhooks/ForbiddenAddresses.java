package dev.kassa.adapters.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The addresses a webhook must never reach: unspecified ({@code 0.0.0.0/8}, {@code ::}), loopback,
 * private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}), shared ({@code 100.64/10}, where
 * some clouds put their metadata service), link-local ({@code 169.254/16} with the usual metadata
 * address, {@code fe80::/10}), unique-local ({@code fc00::/7}), site-local IPv6, multicast and
 * broadcast, also when written as an IPv4-compatible IPv6 address.
 */
final class ForbiddenAddresses {

  private ForbiddenAddresses() {}

  static boolean contains(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    return switch (address) {
      case Inet4Address v4 -> forbiddenV4(v4.getAddress());
      case Inet6Address v6 -> forbiddenV6(v6);
      default -> true;
    };
  }

  private static boolean forbiddenV4(byte[] b) {
    var first = b[0] & 0xff;
    var second = b[1] & 0xff;
    return first == 0
        || (first == 100 && second >= 64 && second < 128)
        || (first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255);
  }

  private static boolean forbiddenV6(Inet6Address v6) {
    var b = v6.getAddress();
    if ((b[0] & 0xfe) == 0xfc) {
      return true;
    }
    if (v6.isIPv4CompatibleAddress()) {
      try {
        var v4 = InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        return contains(v4);
      } catch (UnknownHostException e) {
        return true;
      }
    }
    return false;
  }
}
