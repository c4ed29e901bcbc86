package dev.kassa.adapters.web.webhooks;

import dev.kassa.domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as admins read it: never its signing secret. */
public record WebhookEndpointResponse(
    UUID id,
    String url,
    List<String> events,
    String description,
    boolean enabled,
    int failureStreak,
    Instant createdAt,
    Instant updatedAt) {

  public static WebhookEndpointResponse from(WebhookEndpoint endpoint) {
    return new WebhookEndpointResponse(
        endpoint.id().value(),
        endpoint.url(),
        List.copyOf(endpoint.events().codes()),
        endpoint.description(),
        endpoint.enabled(),
        endpoint.failureStreak(),
        endpoint.createdAt(),
        endpoint.updatedAt());
  }
}
