package dev.kassa.application.catalog;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cache of a Kassa that keeps none: every read goes to the catalog. Right for embedded and
 * in-memory use, where the catalog is already in memory.
 */
public final class UncachedProducts implements ProductCache {

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
  public void evict(ProductId id) {}
}
