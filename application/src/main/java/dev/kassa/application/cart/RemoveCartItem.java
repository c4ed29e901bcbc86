package dev.kassa.application.cart;

import dev.kassa.domain.cart.CartItemId;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/** Removes a line from the caller's cart; a line that is not in it is not found. */
public final class RemoveCartItem {

  private final Transactions transactions;
  private final Carts carts;

  public RemoveCartItem(Transactions transactions, Carts carts) {
    this.transactions = transactions;
    this.carts = carts;
  }

  public void execute(Actor actor, CartItemId id) {
    transactions.run(() -> carts.save(carts.lock(actor.id()).remove(id)));
  }
}
