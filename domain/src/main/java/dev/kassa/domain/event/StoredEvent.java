package dev.kassa.domain.event;

import java.util.Objects;
import java.util.Optional;

/**
 * An event as the {@link Outbox} keeps it: with its {@code sequence}, counting its subject's events
 * from 1 in the order they were committed, and the {@code trace} of the work that appended it, if
 * that work was traced.
 */
public record StoredEvent(DomainEvent event, long sequence, Optional<TraceContext> trace) {

  public StoredEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(trace, "trace");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence counts from 1");
    }
  }

  /** An event stored outside any trace. */
  public StoredEvent(DomainEvent event, long sequence) {
    this(event, sequence, Optional.empty());
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
