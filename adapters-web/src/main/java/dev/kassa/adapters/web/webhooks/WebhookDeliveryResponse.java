package dev.kassa.adapters.web.webhooks;

import dev.kassa.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.UUID;

/**
 * One delivery attempt: {@code responseStatus} is null when no answer came, {@code responseBody}
 * the first kilobyte of the answer.
 */
public record WebhookDeliveryResponse(
    UUID id,
    UUID eventId,
    String eventType,
    int attempt,
    String status,
    Integer responseStatus,
    long durationMs,
    String responseBody,
    String error,
    Instant createdAt) {

  public static WebhookDeliveryResponse from(WebhookDelivery delivery) {
    return new WebhookDeliveryResponse(
        delivery.id().value(),
        delivery.eventId().value(),
        delivery.eventType(),
        delivery.attempt(),
        delivery.status().code(),
        delivery.responseStatus(),
        delivery.durationMs(),
        delivery.responseBody(),
        delivery.error(),
        delivery.createdAt());
  }
}
