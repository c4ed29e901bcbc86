package dev.kassa.domain.cart;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one line of a cart. */
public record CartItemId(UUID value) implements Comparable<CartItemId> {

  public CartItemId {
    Objects.requireNonNull(value, "value");
  }

  public static CartItemId newId() {
    return new CartItemId(Uuids.v7());
  }

  public static CartItemId of(String text) {
    return new CartItemId(UUID.fromString(text));
  }

  @Override
  public int compareTo(CartItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
