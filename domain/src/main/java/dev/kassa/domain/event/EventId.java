package dev.kassa.domain.event;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a domain event: a UUIDv7, so ids sort roughly by creation time. */
public record EventId(UUID value) implements Comparable<EventId> {

  public EventId {
    Objects.requireNonNull(value, "value");
  }

  public static EventId newId() {
    return new EventId(Uuids.v7());
  }

  public static EventId of(String text) {
    return new EventId(UUID.fromString(text));
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
