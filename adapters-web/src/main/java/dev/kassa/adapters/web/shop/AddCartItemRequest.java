package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.domain.product.ProductId;

/** {@code POST /v1/cart/items}: how many of a product to add to the caller's cart. */
public record AddCartItemRequest(@Required String productId, @Required Integer quantity) {

  public AddCartItem.Command toCommand(Fields fields) {
    var product = fields.id("productId", productId, ProductId::new);
    return new AddCartItem.Command(product, fields.number(quantity));
  }
}
