package dev.kassa.adapters.memory;

import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.user.UserId;

/** Carts in memory, one per user; an empty cart is not stored. */
public final class InMemoryCarts implements Carts {

  private final InMemoryTransactions transactions;
  private final Table<UserId, Cart> carts;

  public InMemoryCarts(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.carts = new Table<>(transactions);
  }

  @Override
  public Cart get(UserId owner) {
    return carts.find(owner).orElseGet(() -> Cart.empty(owner));
  }

  /** A plain read: the unit of work's lock already keeps every other writer out. */
  @Override
  public Cart lock(UserId owner) {
    if (!transactions.inUnitOfWork()) {
      throw new IllegalStateException("Carts.lock must run inside a unit of work");
    }
    return get(owner);
  }

  @Override
  public void save(Cart cart) {
    if (cart.isEmpty()) {
      carts.remove(cart.owner());
    } else {
      carts.put(cart.owner(), cart);
    }
  }
}
