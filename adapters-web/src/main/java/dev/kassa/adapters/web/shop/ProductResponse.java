package dev.kassa.adapters.web.shop;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.product.Product;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A product as the API shows it; {@code price} in minor units of {@code currency}; {@code
 * imageUrls} lists its uploaded images (as paths on this API) before the URLs an admin gave.
 */
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

  /**
   * The product as the API shows it.
   *
   * @param uploaded the product's uploaded images, in their order: listed before its image URLs
   */
  public static ProductResponse from(Product product, List<ImageId> uploaded) {
    var details = product.details();
    var imageUrls =
        Stream.concat(uploaded.stream().map(ImageResponse::url), details.imageUrls().stream())
            .toList();
    return new ProductResponse(
        product.id().value(),
        details.sku(),
        details.name(),
        details.description(),
        details.price().minor(),
        details.price().currency().getCurrencyCode(),
        details.category(),
        product.stock(),
        imageUrls,
        product.status().code(),
        product.createdAt(),
        product.updatedAt());
  }
}
