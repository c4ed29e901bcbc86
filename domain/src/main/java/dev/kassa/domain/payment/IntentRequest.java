package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import java.util.Objects;

/** What an intent is for: the amount, and which order and payment it pays. */
public record IntentRequest(
    OrderId orderId, PaymentId paymentId, Money amount, String idempotencyKey) {

  public IntentRequest {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("an intent is for a positive amount");
    }
  }
}
