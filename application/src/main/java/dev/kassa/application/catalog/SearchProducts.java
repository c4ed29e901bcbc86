package dev.kassa.application.catalog;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;

/** The public catalog listing: active products only, served through the product cache. */
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
}
