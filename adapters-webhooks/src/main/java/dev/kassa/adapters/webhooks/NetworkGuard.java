package dev.kassa.adapters.webhooks;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.webhook.WebhookUrlGuard;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard: {@code https} only (plain {@code http} when {@code allowInsecure}), and every
 * address the host resolves to must be public (see {@link ForbiddenAddresses}) unless {@code
 * allowPrivateNetworks}. A host with one forbidden address among public ones is refused as a whole.
 */
public final class NetworkGuard implements WebhookUrlGuard {

  private final boolean allowInsecure;
  private final boolean allowPrivateNetworks;

  public NetworkGuard(boolean allowInsecure, boolean allowPrivateNetworks) {
    this.allowInsecure = allowInsecure;
    this.allowPrivateNetworks = allowPrivateNetworks;
  }

  @Override
  public void check(URI url) {
    addresses(url);
  }

  /**
   * The addresses {@code url}'s host resolves to now, all of them allowed.
   *
   * @throws ValidationException on {@code url} when the scheme or an address is refused, or the
   *     host does not resolve
   */
  List<InetAddress> addresses(URI url) {
    var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
      throw ValidationException.of("url", "must be an https URL");
    }
    var host = host(url);
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw ValidationException.of("url", "its host does not resolve");
    }
    if (!allowPrivateNetworks && addresses.stream().anyMatch(ForbiddenAddresses::contains)) {
      throw ValidationException.of(
          "url", "resolves to a loopback, private, link-local or otherwise internal address");
    }
    return addresses;
  }

  /** The host as the resolver takes it: an IPv6 literal without its brackets. */
  static String host(URI url) {
    var host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw ValidationException.of("url", "must name a host");
    }
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
