package dev.kassa.application.catalog;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/**
 * The catalog listing: the public one, active products only, served through the product cache; and
 * for admins, the archived products, read afresh.
 */
public final class SearchProducts {

  private final Products products;
  private final ProductCache cache;

  public SearchProducts(Products products, ProductCache cache) {
    this.products = products;
    this.cache = cache;
  }

  public Page<Product> execute(ProductQuery query, PageRequest page) {
    return cache.listing(query, page, () -> products.search(query, page));
  }

  /** Archived products matching the query, for admins only. */
  public Page<Product> archived(Actor actor, ProductQuery query, PageRequest page) {
    AccessPolicy.requireAdmin(actor);
    var archived =
        new ProductQuery(
            query.text(),
            query.category(),
            query.minPrice(),
            query.maxPrice(),
            query.inStock(),
            query.sort(),
            ProductStatus.ARCHIVED);
    return products.search(archived, page);
  }
}
