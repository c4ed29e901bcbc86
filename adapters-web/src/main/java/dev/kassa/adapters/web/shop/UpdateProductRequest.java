package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.shared.Money;
import java.util.List;

/**
 * {@code PUT /v1/products/{id}}: every detail of a product, replacing the old ones; an omitted
 * {@code description} or {@code imageUrls} is emptied. The stock is not part of it.
 */
public record UpdateProductRequest(
    @Required String sku,
    @Required String name,
    String description,
    @Required Long price,
    @Required String currency,
    @Required String category,
    List<String> imageUrls) {

  public UpdateProduct.Command toCommand() {
    return new UpdateProduct.Command(
        details(sku, name, description, price, currency, category, imageUrls));
  }

  /** The details a create or update request names, checked as a whole. */
  static ProductDetails details(
      String sku,
      String name,
      String description,
      long price,
      String currency,
      String category,
      List<String> imageUrls) {
    var fields = new Fields();
    var code = fields.currency(currency);
    return fields.build(
        () ->
            new ProductDetails(sku, name, description, Money.of(price, code), category, imageUrls));
  }
}
