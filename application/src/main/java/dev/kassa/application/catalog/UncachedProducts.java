package dev.kassa.application.catalog;

import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.image.ProductImageIdsCache;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The cache of a Kassa that keeps none: every read goes to the catalog. Right for embedded and
 * in-memory use, where the catalog is already in memory.
 */
public final class UncachedProducts implements ProductImageIdsCache {

  @Override
  public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
    return load.get();
  }

  @Override
  public Page<Product> listing(
      ProductQuery query, PageRequest request, Supplier<Page<Product>> load) {
    return load.get();
  }

  @Override
  public Map<ProductId, List<ImageId>> imageIds(
      Collection<ProductId> products,
      Function<Collection<ProductId>, Map<ProductId, List<ImageId>>> load) {
    return load.apply(products);
  }

  @Override
  public void evict(ProductId id) {}
}
