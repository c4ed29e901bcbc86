package dev.kassa.application.cart;

import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/** Empties the caller's cart. */
public final class ClearCart {

  private final Transactions transactions;
  private final Carts carts;

  public ClearCart(Transactions transactions, Carts carts) {
    this.transactions = transactions;
    this.carts = carts;
  }

  public void execute(Actor actor) {
    transactions.run(() -> carts.save(carts.lock(actor.id()).clear()));
  }
}
