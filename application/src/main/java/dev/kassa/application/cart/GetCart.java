package dev.kassa.application.cart;

import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.user.Actor;

/** The caller's cart, priced at the current prices. */
public final class GetCart {

  private final Carts carts;
  private final Products products;

  public GetCart(Carts carts, Products products) {
    this.carts = carts;
    this.products = products;
  }

  public CartView execute(Actor actor) {
    return CartView.of(carts.get(actor.id()), products);
  }
}
