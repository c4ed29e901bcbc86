package dev.kassa.application.catalog;

import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.Comparator;

/**
 * Puts the stock of an order back, in ascending product id order as a sale takes it, with the
 * reason for the stock journal, and evicts the products from the cache once the unit of work
 * commits.
 */
public final class Restock {

  private final Transactions transactions;
  private final Products products;
  private final ProductCache cache;

  public Restock(Transactions transactions, Products products, ProductCache cache) {
    this.transactions = transactions;
    this.products = products;
    this.cache = cache;
  }

  public void linesOf(Order order, StockReason reason, Instant now) {
    var returned =
        order.lines().stream().sorted(Comparator.comparing(OrderLine::productId)).toList();
    var change = StockChange.forOrder(reason, order.id());
    returned.forEach(line -> products.returnStock(line.productId(), line.quantity(), change, now));
    transactions.afterCommit(() -> returned.forEach(line -> cache.evict(line.productId())));
  }
}
