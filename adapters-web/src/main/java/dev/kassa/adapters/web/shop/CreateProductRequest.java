package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.catalog.CreateProduct;
import java.util.List;

/** {@code POST /v1/products}: a new product's details and its opening stock (0 when omitted). */
public record CreateProductRequest(
    @Required String sku,
    @Required String name,
    @MultiLine String description,
    @Required Long price,
    @Required String currency,
    @Required String category,
    Integer stock,
    List<String> imageUrls) {

  public CreateProduct.Command toCommand(Fields fields) {
    var details =
        UpdateProductRequest.details(
            fields, sku, name, description, price, currency, category, imageUrls);
    return new CreateProduct.Command(details, fields.number(stock));
  }
}
