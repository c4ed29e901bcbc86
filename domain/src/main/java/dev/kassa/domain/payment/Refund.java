package dev.kassa.domain.payment;

import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Money given back for an order: {@code entryId} is the ledger entry that recorded it, {@code
 * providerRef} the provider's refund for gateway payments, {@code requestedBy} the admin who asked
 * for it (null when Kassa refunded on its own, as for a payment that arrived too late).
 */
public record Refund(
    RefundId id,
    OrderId orderId,
    PaymentId paymentId,
    Money amount,
    RefundStatus status,
    String providerRef,
    EntryId entryId,
    UserId requestedBy,
    Instant createdAt) {

  public Refund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a refund is positive");
    }
  }
}
