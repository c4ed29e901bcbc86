package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.Purchase;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.product.ProductId;

/**
 * {@code POST /v1/purchases}: buy {@code quantity} of a product, paid from the caller's account,
 * and optionally where it goes.
 */
public record PurchaseRequest(
    @Required String productId,
    @Required Integer quantity,
    @Required String accountId,
    ShippingAddressRequest shippingAddress) {

  public Purchase.Command toCommand(Fields fields) {
    var product = fields.id("productId", productId, ProductId::new);
    var account = fields.id("accountId", accountId, AccountId::new);
    var address = ShippingAddressRequest.toDomain(shippingAddress, fields);
    return new Purchase.Command(product, fields.number(quantity), account, address);
  }
}
