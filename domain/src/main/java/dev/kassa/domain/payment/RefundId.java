package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a refund of an order. */
public record RefundId(UUID value) implements Comparable<RefundId> {

  public RefundId {
    Objects.requireNonNull(value, "value");
  }

  public static RefundId newId() {
    return new RefundId(Uuids.v7());
  }

  public static RefundId of(String text) {
    return new RefundId(UUID.fromString(text));
  }

  @Override
  public int compareTo(RefundId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
