package dev.kassa.domain.cart;

import dev.kassa.domain.user.UserId;

/** One cart per user. */
public interface Carts {

  /** The user's cart; an empty one when they never added anything. */
  Cart get(UserId owner);

  /**
   * Reads the cart and locks it until the current unit of work ends, so that concurrent changes of
   * one user's cart (two tabs) apply one after the other.
   */
  Cart lock(UserId owner);

  /** Replaces the user's cart with {@code cart}. */
  void save(Cart cart);
}
