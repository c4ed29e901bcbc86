package dev.kassa.domain.cart;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A user's cart: at most one line per product, in the order they were first added. */
public record Cart(UserId owner, List<CartLine> lines) {

  public static final int MAX_LINES = 100;

  public Cart {
    Objects.requireNonNull(owner, "owner");
    lines = List.copyOf(lines);
  }

  public static Cart empty(UserId owner) {
    return new Cart(owner, List.of());
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public Optional<CartLine> line(CartItemId id) {
    return lines.stream().filter(line -> line.id().equals(id)).findFirst();
  }

  /** Adds {@code quantity} of a product, to its existing line if there is one. */
  public Cart add(ProductId product, int quantity, Instant now) {
    CartLine.requireQuantity(quantity);
    var changed = new ArrayList<CartLine>(lines);
    for (int i = 0; i < changed.size(); i++) {
      var line = changed.get(i);
      if (line.productId().equals(product)) {
        var total = (long) line.quantity() + quantity;
        CartLine.requireQuantity((int) Math.min(total, Integer.MAX_VALUE));
        changed.set(i, line.withQuantity((int) total));
        return new Cart(owner, changed);
      }
    }
    if (lines.size() >= MAX_LINES) {
      throw dev.kassa.domain.error.ValidationException.of(
          "productId", "a cart holds at most " + MAX_LINES + " different products");
    }
    changed.add(new CartLine(CartItemId.newId(), product, quantity, now));
    return new Cart(owner, changed);
  }

  public Cart setQuantity(CartItemId id, int quantity) {
    CartLine.requireQuantity(quantity);
    return replace(id, line -> line.withQuantity(quantity));
  }

  public Cart remove(CartItemId id) {
    requireLine(id);
    return new Cart(owner, lines.stream().filter(line -> !line.id().equals(id)).toList());
  }

  public Cart clear() {
    return empty(owner);
  }

  private Cart replace(CartItemId id, java.util.function.UnaryOperator<CartLine> change) {
    requireLine(id);
    return new Cart(
        owner,
        lines.stream().map(line -> line.id().equals(id) ? change.apply(line) : line).toList());
  }

  private void requireLine(CartItemId id) {
    if (line(id).isEmpty()) {
      throw new NotFoundException("cart item", id);
    }
  }
}
