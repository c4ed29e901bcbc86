package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.domain.product.ProductDetails;
import java.util.List;

/**
 * {@code PUT /v1/products/{id}}: every detail of a product, replacing the old ones; an omitted
 * {@code description} or {@code imageUrls} is emptied. The stock is not part of it.
 */
public record UpdateProductRequest(
    @Required String sku,
    @Required String name,
    @MultiLine String description,
    @Required Long price,
    @Required String currency,
    @Required String category,
    List<String> imageUrls) {

  public UpdateProduct.Command toCommand(Fields fields) {
    return new UpdateProduct.Command(
        details(fields, sku, name, description, price, currency, category, imageUrls));
  }

  /**
   * The details a create or update request names, checked as a whole. The paths of uploaded images
   * that a client sends back with the product's {@code imageUrls} are left out: those images are
   * kept, ordered and removed through their own routes.
   */
  static ProductDetails details(
      Fields fields,
      String sku,
      String name,
      String description,
      Long price,
      String currency,
      String category,
      List<String> imageUrls) {
    var money = fields.money(price, currency);
    var external =
        imageUrls == null
            ? null
            : imageUrls.stream().filter(url -> !ImageResponse.isImagePath(url)).toList();
    return fields.attempt(
        "details", () -> new ProductDetails(sku, name, description, money, category, external));
  }
}
