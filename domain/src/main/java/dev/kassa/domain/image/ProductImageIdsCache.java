package dev.kassa.domain.image;

import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The product cache, holding also the ids of each product's uploaded images, which are shown with
 * the product. {@link #evict} forgets a product's image ids with the product: the use cases that
 * change a product's images evict it after their commit, and the {@code product.updated} event they
 * write makes every other process sharing the catalog evict it too.
 */
public interface ProductImageIdsCache extends ProductCache {

  /**
   * The ids of each product's images, in their order; a product without images is left out. The
   * products not cached are loaded together, in one call of {@code load}, which leaves out those
   * without images as well.
   */
  Map<ProductId, List<ImageId>> imageIds(
      Collection<ProductId> products,
      Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load);
}
