package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies the payment of an order. */
public record PaymentId(UUID value) implements Comparable<PaymentId> {

  public PaymentId {
    Objects.requireNonNull(value, "value");
  }

  public static PaymentId newId() {
    return new PaymentId(Uuids.v7());
  }

  public static PaymentId of(String text) {
    return new PaymentId(UUID.fromString(text));
  }

  @Override
  public int compareTo(PaymentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
