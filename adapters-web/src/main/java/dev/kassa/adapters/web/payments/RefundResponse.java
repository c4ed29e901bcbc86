package dev.kassa.adapters.web.payments;

import dev.kassa.domain.payment.Refund;
import java.time.Instant;
import java.util.UUID;

/**
 * Money given back for an order, in minor units of {@code currency}; {@code providerRef} is the
 * provider's refund of a gateway payment. {@code status} is the refund's: {@code succeeded}, or for
 * a gateway payment {@code requested} while the provider has not answered yet, {@code pending}
 * while it still settles the refund and {@code failed} when it refused.
 */
public record RefundResponse(
    UUID id,
    UUID orderId,
    UUID paymentId,
    long amount,
    String currency,
    String status,
    String providerRef,
    Instant createdAt) {

  public static RefundResponse from(Refund refund) {
    return new RefundResponse(
        refund.id().value(),
        refund.orderId().value(),
        refund.paymentId().value(),
        refund.amount().minor(),
        refund.amount().currency().getCurrencyCode(),
        refund.status().code(),
        refund.providerRef(),
        refund.createdAt());
  }
}
