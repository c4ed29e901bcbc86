package dev.kassa.adapters.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * The JVM's host name resolver (installed through {@code META-INF/services}): the built-in one,
 * except that a host pinned in {@link PinnedAddresses} resolves to its pinned, checked addresses.
 */
public final class PinnedResolverProvider extends InetAddressResolverProvider {

  private static volatile boolean installed;

  @Override
  public InetAddressResolver get(Configuration configuration) {
    var builtin = configuration.builtinResolver();
    installed = true;
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        var pinned = PinnedAddresses.of(host);
        return pinned.isPresent() ? pinned.get().stream() : builtin.lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return builtin.lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "kassa-pinned";
  }

  /** Whether the JVM resolves through this provider (it must be on the class path at start). */
  static boolean installed() {
    try {
      InetAddress.getAllByName("localhost");
    } catch (UnknownHostException ignored) {
      // the lookup only makes the JVM load its resolver
    }
    return installed;
  }
}
