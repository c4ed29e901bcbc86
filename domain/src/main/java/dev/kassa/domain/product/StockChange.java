package dev.kassa.domain.product;

import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.util.Objects;

/**
 * Why stock moves and on whose behalf: the order it moves for, the user who moved it, or both. The
 * {@link Products} port writes it into the stock journal with the change.
 *
 * @param orderId the order, or null for a change made outside any order
 * @param actorId the acting user, or null for a change made by Kassa itself
 */
public record StockChange(StockReason reason, OrderId orderId, UserId actorId) {

  public StockChange {
    Objects.requireNonNull(reason, "reason");
  }

  public static StockChange forOrder(StockReason reason, OrderId orderId) {
    return new StockChange(reason, Objects.requireNonNull(orderId, "orderId"), null);
  }

  public static StockChange byUser(StockReason reason, UserId actorId) {
    return new StockChange(reason, null, Objects.requireNonNull(actorId, "actorId"));
  }

  /** The change of a product's stock at its creation, by nobody in particular. */
  public static StockChange initial() {
    return new StockChange(StockReason.INITIAL, null, null);
  }
}
