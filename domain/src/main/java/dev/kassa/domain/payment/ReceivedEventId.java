package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a received provider event. */
public record ReceivedEventId(UUID value) implements Comparable<ReceivedEventId> {

  public ReceivedEventId {
    Objects.requireNonNull(value, "value");
  }

  public static ReceivedEventId newId() {
    return new ReceivedEventId(Uuids.v7());
  }

  public static ReceivedEventId of(String text) {
    return new ReceivedEventId(UUID.fromString(text));
  }

  @Override
  public int compareTo(ReceivedEventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
