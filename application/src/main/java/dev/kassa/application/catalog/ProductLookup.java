package dev.kassa.application.catalog;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;

/** Finds a product an admin names, whatever its status. */
final class ProductLookup {

  private ProductLookup() {}

  static Product existing(Products products, ProductId id) {
    return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
  }
}
