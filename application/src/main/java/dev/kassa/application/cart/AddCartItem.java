package dev.kassa.application.cart;

import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Optional;

/**
 * Puts an active product into the caller's cart, adding to its line when the product is already
 * there. A cart holds one currency: the currency of the products already in it.
 */
public final class AddCartItem {

  public record Command(ProductId productId, int quantity) {
    public Command {
      var problems = new ValidationException.Collector().require(productId, "productId");
      Quantities.check(quantity, problems);
      problems.throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Carts carts;
  private final Products products;
  private final Clock clock;

  public AddCartItem(Transactions transactions, Carts carts, Products products, Clock clock) {
    this.transactions = transactions;
    this.carts = carts;
    this.products = products;
    this.clock = clock;
  }

  /** Returns the product's line as it is after the addition. */
  public CartView.Item execute(Actor actor, Command command) {
    return transactions.inTransaction(
        () -> {
          var cart = carts.lock(actor.id());
          var product =
              products
                  .find(command.productId())
                  .filter(Product::isActive)
                  .orElseThrow(() -> new NotFoundException("product", command.productId()));
          requireCartCurrency(cart, product);
          var changed = cart.add(product.id(), command.quantity(), clock.instant());
          carts.save(changed);
          var line =
              changed.lines().stream()
                  .filter(candidate -> candidate.productId().equals(product.id()))
                  .findFirst()
                  .orElseThrow();
          return CartView.Item.of(line, Optional.of(product));
        });
  }

  private void requireCartCurrency(Cart cart, Product product) {
    var added = product.price().currency();
    cart.lines().stream()
        .flatMap(line -> products.find(line.productId()).stream())
        .map(inCart -> inCart.price().currency())
        .findFirst()
        .filter(currency -> !currency.equals(added))
        .ifPresent(
            currency -> {
              throw new CurrencyMismatchException(currency, added);
            });
  }
}
