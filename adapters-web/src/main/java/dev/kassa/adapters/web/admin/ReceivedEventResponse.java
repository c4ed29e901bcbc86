package dev.kassa.adapters.web.admin;

import dev.kassa.domain.payment.ReceivedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider event Kassa received: once per event id, however many times it was delivered ({@code
 * deliveries}, the last at {@code lastReceivedAt}); {@code intentId} is null when it names none.
 */
public record ReceivedEventResponse(
    UUID id,
    String provider,
    String eventId,
    String type,
    String intentId,
    String outcome,
    int deliveries,
    Instant receivedAt,
    Instant lastReceivedAt) {

  public static ReceivedEventResponse from(ReceivedEvent event) {
    return new ReceivedEventResponse(
        event.id().value(),
        event.provider(),
        event.eventId(),
        event.type(),
        event.intentId(),
        event.outcome().code(),
        event.deliveries(),
        event.receivedAt(),
        event.lastReceivedAt());
  }
}
