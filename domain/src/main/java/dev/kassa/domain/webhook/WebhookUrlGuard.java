package dev.kassa.domain.webhook;

import java.net.URI;

/**
 * Refuses endpoint URLs Kassa must not call: plain {@code http}, and hosts that resolve to
 * loopback, private, link-local, unique-local, metadata, unspecified or multicast addresses (unless
 * configured to allow them, for development).
 */
public interface WebhookUrlGuard {

  /**
   * Refuses a URL Kassa must not call.
   *
   * @throws dev.kassa.domain.error.ValidationException on {@code url} when it is refused
   */
  void check(URI url);
}
