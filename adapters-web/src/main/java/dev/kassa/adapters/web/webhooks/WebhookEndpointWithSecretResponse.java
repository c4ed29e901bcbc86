package dev.kassa.adapters.web.webhooks;

import dev.kassa.application.webhooks.EndpointWithSecret;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint with its new signing {@code secret}, answered once (creation, rotation). */
public record WebhookEndpointWithSecretResponse(
    UUID id,
    String url,
    List<String> events,
    String description,
    boolean enabled,
    int failureStreak,
    Instant createdAt,
    Instant updatedAt,
    String secret) {

  public static WebhookEndpointWithSecretResponse from(EndpointWithSecret created) {
    var endpoint = WebhookEndpointResponse.from(created.endpoint());
    return new WebhookEndpointWithSecretResponse(
        endpoint.id(),
        endpoint.url(),
        endpoint.events(),
        endpoint.description(),
        endpoint.enabled(),
        endpoint.failureStreak(),
        endpoint.createdAt(),
        endpoint.updatedAt(),
        created.secret());
  }
}
