package dev.kassa.application.catalog;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.user.Actor;

/**
 * Reads one product, through the product cache. An archived product exists only for admins; anyone
 * else is told it was not found.
 */
public final class GetProduct {

  private final Products products;
  private final ProductCache cache;

  public GetProduct(Products products, ProductCache cache) {
    this.products = products;
    this.cache = cache;
  }

  /**
   * Reads a product the caller may see.
   *
   * @param actor the caller, or null for an anonymous one
   */
  public Product execute(Actor actor, ProductId id) {
    return cache
        .product(id, () -> products.find(id))
        .filter(product -> product.isActive() || (actor != null && actor.isAdmin()))
        .orElseThrow(() -> new NotFoundException("product", id));
  }
}
