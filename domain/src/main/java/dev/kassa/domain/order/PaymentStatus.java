package dev.kassa.domain.order;

import java.util.Locale;

/** Where the money of an order stands. */
public enum PaymentStatus {
  PENDING,
  AUTHORIZED,
  CAPTURED,
  FAILED,
  VOIDED,
  REFUNDED,
  PARTIALLY_REFUNDED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
