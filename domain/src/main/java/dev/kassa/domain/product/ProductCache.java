package dev.kassa.domain.product;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A read-through cache of products and listings. Whatever changes a product, its price or its stock
 * evicts after the change has committed, so that no reader is served the old state after that
 * point.
 */
public interface ProductCache {

  Optional<Product> product(ProductId id, Supplier<Optional<Product>> load);

  Page<Product> listing(ProductQuery query, PageRequest request, Supplier<Page<Product>> load);

  /** Forgets the product and every cached listing. */
  void evict(ProductId id);
}
