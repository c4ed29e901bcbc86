package dev.kassa.domain.payment;

import java.time.Instant;
import java.util.Objects;

/** One step of a payment's history. */
public record PaymentChange(PaymentStatus status, Instant at) {

  public PaymentChange {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }
}
