package dev.kassa.adapters.web.shop;

import dev.kassa.domain.order.Order;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase: a one-line order paid from an account at once. Its id is its order's id, so {@code
 * /v1/orders/{orderId}} shows the same sale as an order. Amounts are in minor units of {@code
 * currency}.
 */
public record PurchaseResponse(
    UUID id,
    UUID orderId,
    UUID productId,
    int quantity,
    long unitPrice,
    long total,
    String currency,
    UUID accountId,
    String status,
    Instant createdAt) {

  public static PurchaseResponse from(Order order) {
    var line = order.lines().getFirst();
    var payment = order.payment();
    return new PurchaseResponse(
        order.id().value(),
        order.id().value(),
        line.productId().value(),
        line.quantity(),
        line.unitPrice().minor(),
        order.total().minor(),
        order.currency().getCurrencyCode(),
        payment == null || payment.accountId() == null ? null : payment.accountId().value(),
        order.status().code(),
        order.createdAt());
  }
}
