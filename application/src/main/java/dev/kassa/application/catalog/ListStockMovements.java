package dev.kassa.application.catalog;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/** A product's stock journal, newest first; for admins only. */
public final class ListStockMovements {

  private final Transactions transactions;
  private final Products products;

  public ListStockMovements(Transactions transactions, Products products) {
    this.transactions = transactions;
    this.products = products;
  }

  public Page<StockMovement> execute(Actor actor, ProductId id, PageRequest page) {
    AccessPolicy.requireAdmin(actor);
    return transactions.reading(
        () -> {
          if (products.find(id).isEmpty()) {
            throw new NotFoundException("product", id);
          }
          return products.movements(id, page);
        });
  }
}
