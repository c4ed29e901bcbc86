package dev.kassa.domain.event;

import java.util.Objects;

/**
 * An event as the {@link Outbox} keeps it: with its {@code sequence}, counting its subject's events
 * from 1 in the order they were committed.
 */
public record StoredEvent(DomainEvent event, long sequence) {

  public StoredEvent {
    Objects.requireNonNull(event, "event");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence counts from 1");
    }
  }

  public EventId id() {
    return event.id();
  }

  public EventType type() {
    return event.type();
  }

  public String subject() {
    return event.subject();
  }
}
