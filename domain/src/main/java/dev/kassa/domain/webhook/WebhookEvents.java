package dev.kassa.domain.webhook;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import java.time.Instant;
import java.util.Map;

/** The events of webhook endpoints. Never a signing secret. */
public final class WebhookEvents {

  private WebhookEvents() {}

  public static DomainEvent disabled(WebhookEndpoint endpoint, Instant now) {
    return DomainEvent.of(
        EventType.WEBHOOK_ENDPOINT_DISABLED,
        endpoint.id(),
        now,
        Map.of(
            "endpointId", endpoint.id().toString(),
            "url", endpoint.url(),
            "failureStreak", endpoint.failureStreak()));
  }
}
