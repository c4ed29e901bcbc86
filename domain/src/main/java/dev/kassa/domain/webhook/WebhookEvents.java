package dev.kassa.domain.webhook;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import java.time.Instant;
import java.util.Map;

/**
 * The events of webhook endpoints. Never a signing secret, nor the URL (its path or query may carry
 * a token of the receiver's): its host only.
 */
public final class WebhookEvents {

  private WebhookEvents() {}

  public static DomainEvent disabled(WebhookEndpoint endpoint, Instant now) {
    return DomainEvent.of(
        EventType.WEBHOOK_ENDPOINT_DISABLED,
        endpoint.id(),
        now,
        Map.of(
            "endpointId", endpoint.id().toString(),
            "host", endpoint.uri().getHost(),
            "failureStreak", endpoint.failureStreak()));
  }
}
