package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.cart.UpdateCartItem;

/** {@code PUT /v1/cart/items/{id}}: the line's new quantity. */
public record UpdateCartItemRequest(@Required Integer quantity) {

  public UpdateCartItem.Command toCommand(Fields fields) {
    return new UpdateCartItem.Command(fields.number(quantity));
  }
}
