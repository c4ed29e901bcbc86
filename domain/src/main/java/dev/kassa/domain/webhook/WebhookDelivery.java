package dev.kassa.domain.webhook;

import dev.kassa.domain.event.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver an event to an endpoint, as recorded: the answer's status code (null when
 * none came), how long it took, the first kilobyte of the answer, and what went wrong.
 */
public record WebhookDelivery(
    WebhookDeliveryId id,
    WebhookEndpointId endpointId,
    EventId eventId,
    String eventType,
    int attempt,
    DeliveryStatus status,
    Integer responseStatus,
    long durationMs,
    String responseBody,
    String error,
    Instant createdAt) {

  /** How much of an answer is kept. */
  public static final int MAX_BODY_CHARS = 1024;

  public static final int MAX_ERROR_CHARS = 1000;

  public WebhookDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(endpointId, "endpointId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (attempt < 1 || durationMs < 0) {
      throw new IllegalArgumentException("attempt counts from 1; duration is not negative");
    }
    responseBody = cut(responseBody, MAX_BODY_CHARS);
    error = cut(error, MAX_ERROR_CHARS);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
