package dev.kassa.application.webhooks;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.Optional;

final class EndpointLookup {

  private EndpointLookup() {}

  static WebhookEndpoint require(Optional<WebhookEndpoint> found, WebhookEndpointId id) {
    return found.orElseThrow(() -> new NotFoundException("webhook endpoint", id));
  }
}
