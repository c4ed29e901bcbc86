package dev.kassa.adapters.web.shop;

import dev.kassa.application.cart.CartView;
import java.util.List;

/**
 * The caller's cart. {@code subtotal} (minor units of {@code currency}) and {@code itemCount} count
 * the available lines only; {@code currency} and {@code subtotal} are null for an empty cart.
 */
public record CartResponse(
    List<CartItemResponse> items, String currency, Long subtotal, int itemCount) {

  public CartResponse {
    items = List.copyOf(items);
  }

  public static CartResponse from(CartView cart) {
    return new CartResponse(
        cart.items().stream().map(CartItemResponse::from).toList(),
        cart.currency() == null ? null : cart.currency().getCurrencyCode(),
        CartItemResponse.minor(cart.subtotal()),
        cart.itemCount());
  }
}
