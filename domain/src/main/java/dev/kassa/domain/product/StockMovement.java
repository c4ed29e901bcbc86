package dev.kassa.domain.product;

import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Uuids;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a product's stock journal: {@code delta} units moved, leaving {@code stockAfter}. A
 * product's stock always equals the sum of the deltas of its movements.
 */
public record StockMovement(
    UUID id,
    ProductId productId,
    int delta,
    int stockAfter,
    StockChange change,
    Instant createdAt) {

  public StockMovement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(createdAt, "createdAt");
    if (delta == 0) {
      throw new IllegalArgumentException("a movement moves at least one unit");
    }
    if (stockAfter < 0) {
      throw new IllegalArgumentException("stock must not be negative");
    }
  }

  public static StockMovement of(
      ProductId productId, int delta, int stockAfter, StockChange change, Instant now) {
    return new StockMovement(Uuids.v7(), productId, delta, stockAfter, change, now);
  }

  public StockReason reason() {
    return change.reason();
  }

  public OrderId orderId() {
    return change.orderId();
  }

  public UserId actorId() {
    return change.actorId();
  }
}
