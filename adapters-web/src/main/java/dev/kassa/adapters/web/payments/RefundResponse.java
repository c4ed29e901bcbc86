package dev.kassa.adapters.web.payments;

import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Money given back for an order, in minor units of {@code currency}; {@code providerRef} is the
 * provider's refund of a gateway payment. A refund by line lists its {@code items} (empty for a
 * refund of an amount) and whether they went back in stock ({@code restock}). {@code status} is the
 * refund's: {@code succeeded}, or for a gateway payment {@code requested} while the provider has
 * not answered yet, {@code pending} while it still settles the refund and {@code failed} when it
 * refused.
 */
public record RefundResponse(
    UUID id,
    UUID orderId,
    UUID paymentId,
    long amount,
    String currency,
    String status,
    String providerRef,
    List<Item> items,
    boolean restock,
    Instant createdAt) {

  public RefundResponse {
    items = List.copyOf(items);
  }

  /** Units of one order line given back, and their amount. */
  public record Item(UUID productId, int quantity, long amount) {

    static Item from(RefundLine line) {
      return new Item(line.productId().value(), line.quantity(), line.amount().minor());
    }
  }

  public static RefundResponse from(Refund refund) {
    return new RefundResponse(
        refund.id().value(),
        refund.orderId().value(),
        refund.paymentId().value(),
        refund.amount().minor(),
        refund.amount().currency().getCurrencyCode(),
        refund.status().code(),
        refund.providerRef(),
        refund.lines().stream().map(Item::from).toList(),
        refund.restock(),
        refund.createdAt());
  }
}
