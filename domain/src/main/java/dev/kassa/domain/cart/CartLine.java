package dev.kassa.domain.cart;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.ProductId;
import java.time.Instant;
import java.util.Objects;

/** One product in a cart, with how many of it. */
public record CartLine(CartItemId id, ProductId productId, int quantity, Instant addedAt) {

  public static final int MAX_QUANTITY = 10_000;

  public CartLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(addedAt, "addedAt");
    requireQuantity(quantity);
  }

  static void requireQuantity(int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw ValidationException.of("quantity", "must be between 1 and " + MAX_QUANTITY);
    }
  }

  CartLine withQuantity(int changed) {
    return new CartLine(id, productId, changed, addedAt);
  }
}
