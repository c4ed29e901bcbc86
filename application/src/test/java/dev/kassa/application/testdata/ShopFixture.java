package dev.kassa.application.testdata;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;

/** Puts products into the catalog for tests. */
public final class ShopFixture {

  private final Transactions transactions;
  private final Products products;

  public ShopFixture(Transactions transactions, Products products) {
    this.transactions = transactions;
    this.products = products;
  }

  public Product product() {
    return product(ProductBuilder.aProduct());
  }

  public Product product(ProductBuilder builder) {
    var product = builder.build();
    if (!transactions.inTransaction(() -> products.add(product))) {
      throw new IllegalStateException("SKU " + product.sku() + " is taken");
    }
    return product;
  }
}
