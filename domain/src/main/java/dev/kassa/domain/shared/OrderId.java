package dev.kassa.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order. */
public record OrderId(UUID value) implements Comparable<OrderId> {

  public OrderId {
    Objects.requireNonNull(value, "value");
  }

  public static OrderId newId() {
    return new OrderId(Uuids.v7());
  }

  public static OrderId of(String text) {
    return new OrderId(UUID.fromString(text));
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
