package dev.kassa.application.cart;

import dev.kassa.domain.cart.CartItemId;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/** Sets how many of a product a line of the caller's cart holds. */
public final class UpdateCartItem {

  public record Command(int quantity) {
    public Command {
      var problems = new ValidationException.Collector();
      Quantities.check(quantity, problems);
      problems.throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Carts carts;
  private final Products products;

  public UpdateCartItem(Transactions transactions, Carts carts, Products products) {
    this.transactions = transactions;
    this.carts = carts;
    this.products = products;
  }

  /** Returns the changed line; a line that is not in the caller's cart is not found. */
  public CartView.Item execute(Actor actor, CartItemId id, Command command) {
    return transactions.inTransaction(
        () -> {
          var changed = carts.lock(actor.id()).setQuantity(id, command.quantity());
          carts.save(changed);
          var line = changed.line(id).orElseThrow();
          return CartView.Item.of(line, products.find(line.productId()));
        });
  }
}
