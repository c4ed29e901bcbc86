package dev.kassa.adapters.webhooks;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checked addresses of the hosts webhooks are being sent to right now, which {@link
 * PinnedResolverProvider} answers instead of asking DNS again: the HTTP client then connects to an
 * address the guard checked, even when DNS answers differently a moment later. It is static because
 * the JDK loads resolver providers once per JVM, through the service loader.
 */
final class PinnedAddresses {

  private record Pin(List<InetAddress> addresses, int holders) {}

  private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

  private PinnedAddresses() {}

  static void pin(String host, List<InetAddress> addresses) {
    PINS.merge(
        key(host),
        new Pin(List.copyOf(addresses), 1),
        (old, added) -> new Pin(added.addresses(), old.holders() + 1));
  }

  static void unpin(String host) {
    PINS.computeIfPresent(
        key(host),
        (k, pin) -> pin.holders() == 1 ? null : new Pin(pin.addresses(), pin.holders() - 1));
  }

  static Optional<List<InetAddress>> of(String host) {
    return Optional.ofNullable(PINS.get(key(host))).map(Pin::addresses);
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
