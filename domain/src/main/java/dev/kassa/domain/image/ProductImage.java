package dev.kassa.domain.image;

import dev.kassa.domain.product.ProductId;
import java.time.Instant;
import java.util.Objects;

/**
 * An image uploaded to a product: what is known of its cleaned original, which {@link
 * ProductImages} keeps with a thumbnail. An image never changes; a new upload is a new image.
 */
public record ProductImage(
    ImageId id,
    ProductId productId,
    String contentType,
    int width,
    int height,
    long bytes,
    Instant createdAt) {

  /** The most images one product may have uploaded. */
  public static final int MAX_PER_PRODUCT = 20;

  public ProductImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(createdAt, "createdAt");
    if (width < 1 || height < 1 || bytes < 1) {
      throw new IllegalArgumentException("an image has pixels and bytes");
    }
  }

  public static ProductImage of(ProductId productId, EncodedImage original, Instant now) {
    return new ProductImage(
        ImageId.newId(),
        productId,
        original.format().contentType(),
        original.width(),
        original.height(),
        original.blob().size(),
        now);
  }
}
