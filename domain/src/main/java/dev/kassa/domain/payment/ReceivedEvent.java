package dev.kassa.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider event as Kassa received it: one record per provider event id, whatever the number of
 * deliveries ({@code deliveries}, the last at {@code lastReceivedAt}). {@code intentId} is null
 * when the event names none.
 */
public record ReceivedEvent(
    ReceivedEventId id,
    String provider,
    String eventId,
    String type,
    String intentId,
    EventOutcome outcome,
    int deliveries,
    Instant receivedAt,
    Instant lastReceivedAt) {

  public ReceivedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(lastReceivedAt, "lastReceivedAt");
    if (deliveries < 1) {
      throw new IllegalArgumentException("an event was received at least once");
    }
  }

  /** The first delivery of a provider event. */
  public static ReceivedEvent first(String provider, ProviderEvent event, Instant now) {
    return new ReceivedEvent(
        ReceivedEventId.newId(),
        provider,
        event.id(),
        event.type(),
        event.intentId(),
        EventOutcome.RECEIVED,
        1,
        now,
        now);
  }

  /** The same event with what Kassa did with it. */
  public ReceivedEvent completed(EventOutcome done) {
    return new ReceivedEvent(
        id, provider, eventId, type, intentId, done, deliveries, receivedAt, lastReceivedAt);
  }

  /** The same event delivered once more at {@code at}; the last delivery never moves back. */
  public ReceivedEvent redelivered(Instant at) {
    return new ReceivedEvent(
        id,
        provider,
        eventId,
        type,
        intentId,
        outcome,
        deliveries + 1,
        receivedAt,
        at.isAfter(lastReceivedAt) ? at : lastReceivedAt);
  }
}
