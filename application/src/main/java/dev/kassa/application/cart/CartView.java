package dev.kassa.application.cart;

import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.CartItemId;
import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A cart as its owner sees it, priced at the current prices. Lines whose product was archived (or
 * is missing) stay in the view, marked unavailable and left out of {@code subtotal} and {@code
 * itemCount}, so that the owner can see and remove them. {@code currency} and {@code subtotal} are
 * null when no line names a known product (an empty cart).
 */
public record CartView(List<Item> items, Currency currency, Money subtotal, int itemCount) {

  /**
   * One line. {@code name}, {@code unitPrice} and {@code lineTotal} are null only when the product
   * is missing altogether.
   */
  public record Item(
      CartItemId id,
      ProductId productId,
      String name,
      Money unitPrice,
      int quantity,
      Money lineTotal,
      boolean available) {

    static Item of(CartLine line, Optional<Product> product) {
      return product
          .map(
              found ->
                  new Item(
                      line.id(),
                      line.productId(),
                      found.name(),
                      found.price(),
                      line.quantity(),
                      found.price().times(line.quantity()),
                      found.isActive()))
          .orElseGet(
              () ->
                  new Item(line.id(), line.productId(), null, null, line.quantity(), null, false));
    }
  }

  public CartView {
    items = List.copyOf(items);
  }

  static CartView of(Cart cart, Products products) {
    var items =
        cart.lines().stream().map(line -> Item.of(line, products.find(line.productId()))).toList();
    var currency =
        items.stream()
            .filter(item -> item.unitPrice() != null)
            .map(item -> item.unitPrice().currency())
            .findFirst()
            .orElse(null);
    var subtotal = currency == null ? null : Money.zero(currency);
    var count = 0;
    for (var item : items) {
      if (item.available()) {
        subtotal = subtotal.plus(item.lineTotal());
        count += item.quantity();
      }
    }
    return new CartView(items, currency, subtotal, count);
  }
}
