package dev.kassa.domain.payment;

import java.util.Locale;

/**
 * Where a refund stands. In-house refunds are {@code succeeded} at once. A refund through a
 * provider is {@code requested} (recorded, its amount set aside) before the provider is asked; the
 * provider's answer makes it {@code succeeded}, or {@code pending} while the card network settles
 * it, and a refusal makes it {@code failed}. Only {@code succeeded} and {@code pending} refunds
 * moved money in the ledger.
 */
public enum RefundStatus {
  REQUESTED,
  SUCCEEDED,
  PENDING,
  FAILED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the money went back and the ledger recorded it. */
  public boolean isCompleted() {
    return this == SUCCEEDED || this == PENDING;
  }

  public static RefundStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
