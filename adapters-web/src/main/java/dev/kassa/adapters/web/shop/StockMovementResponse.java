package dev.kassa.adapters.web.shop;

import dev.kassa.domain.product.StockMovement;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of a product's stock journal: {@code delta} units moved for {@code reason}, leaving
 * {@code stockAfter}; {@code orderId} and {@code actorId} are null when no order or user caused it.
 */
public record StockMovementResponse(
    UUID id,
    UUID productId,
    int delta,
    int stockAfter,
    String reason,
    UUID orderId,
    UUID actorId,
    Instant createdAt) {

  public static StockMovementResponse from(StockMovement movement) {
    return new StockMovementResponse(
        movement.id(),
        movement.productId().value(),
        movement.delta(),
        movement.stockAfter(),
        movement.reason().code(),
        movement.orderId() == null ? null : movement.orderId().value(),
        movement.actorId() == null ? null : movement.actorId().value(),
        movement.createdAt());
  }
}
