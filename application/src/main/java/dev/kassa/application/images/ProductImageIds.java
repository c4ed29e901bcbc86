package dev.kassa.application.images;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImageIdsCache;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The uploaded images of products, in their order, for showing the products: through the product
 * cache, with one read for all the products it does not hold.
 */
public final class ProductImageIds {

  private final ProductImages images;
  private final ProductImageIdsCache cache;

  public ProductImageIds(ProductImages images, ProductImageIdsCache cache) {
    this.images = images;
    this.cache = cache;
  }

  public Map<ProductId, List<ImageId>> of(Collection<ProductId> products) {
    return products.isEmpty() ? Map.of() : cache.imageIds(products, images::idsOf);
  }
}
