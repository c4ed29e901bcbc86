package dev.kassa.application.images;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The uploaded images of products, in their order, for showing the products: one read for all. */
public final class ProductImageIds {

  private final ProductImages images;

  public ProductImageIds(ProductImages images) {
    this.images = images;
  }

  public Map<ProductId, List<ImageId>> of(Collection<ProductId> products) {
    return products.isEmpty() ? Map.of() : images.idsOf(products);
  }
}
