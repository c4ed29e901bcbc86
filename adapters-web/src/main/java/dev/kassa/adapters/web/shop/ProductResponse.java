package dev.kassa.adapters.web.shop;

import dev.kassa.domain.product.Product;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as the API shows it; {@code price} in minor units of {@code currency}. */
public record ProductResponse(
    UUID id,
    String sku,
    String name,
    String description,
    long price,
    String currency,
    String category,
    int stock,
    List<String> imageUrls,
    String status,
    Instant createdAt,
    Instant updatedAt) {

  public ProductResponse {
    imageUrls = List.copyOf(imageUrls);
  }

  public static ProductResponse from(Product product) {
    var details = product.details();
    return new ProductResponse(
        product.id().value(),
        details.sku(),
        details.name(),
        details.description(),
        details.price().minor(),
        details.price().currency().getCurrencyCode(),
        details.category(),
        product.stock(),
        details.imageUrls(),
        product.status().code(),
        product.createdAt(),
        product.updatedAt());
  }
}
