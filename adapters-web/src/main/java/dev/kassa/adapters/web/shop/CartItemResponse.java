package dev.kassa.adapters.web.shop;

import dev.kassa.application.cart.CartView;
import dev.kassa.domain.shared.Money;
import java.util.UUID;

/**
 * One line of a cart at the product's current price, in minor units of the cart's currency. A line
 * whose product was archived is {@code available: false} and left out of the cart's totals; {@code
 * name}, {@code unitPrice} and {@code lineTotal} are null only for a product that no longer exists.
 */
public record CartItemResponse(
    UUID id,
    UUID productId,
    String name,
    Long unitPrice,
    int quantity,
    Long lineTotal,
    boolean available) {

  public static CartItemResponse from(CartView.Item item) {
    return new CartItemResponse(
        item.id().value(),
        item.productId().value(),
        item.name(),
        minor(item.unitPrice()),
        item.quantity(),
        minor(item.lineTotal()),
        item.available());
  }

  static Long minor(Money money) {
    return money == null ? null : money.minor();
  }
}
