package dev.kassa.application.catalog;

import dev.kassa.domain.order.LineRefunds;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the stock of an order back, in ascending product id order as a sale takes it, and evicts the
 * products from the cache once the unit of work commits. Every unit goes back through {@link
 * Products#returnStock}.
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

  public void linesOf(Order order, Instant now) {
    var returned =
        order.lines().stream().sorted(Comparator.comparing(OrderLine::productId)).toList();
    returned.forEach(line -> products.returnStock(line.productId(), line.quantity(), now));
    transactions.afterCommit(() -> returned.forEach(line -> cache.evict(line.productId())));
  }

  /**
   * What is still out of a cancelled order: its lines, less what its refunds by line put back
   * already (see {@link LineRefunds#stillOut}).
   */
  public void stillOutOf(Order order, List<Refund> refunds, Instant now) {
    putBack(LineRefunds.stillOut(order, refunds), now);
  }

  /**
   * The units a refund by line of {@code scope} with {@code restock} puts back as it completes,
   * given the order's {@code refunds} so far (see {@link LineRefunds#toRestock}): the
   * refund-restock movements of the stock.
   */
  public void refundedLines(Order order, List<Refund> refunds, RefundScope scope, Instant now) {
    putBack(LineRefunds.toRestock(order, refunds, scope), now);
  }

  private void putBack(Map<ProductId, Integer> units, Instant now) {
    var inLockOrder = new TreeMap<>(units);
    inLockOrder.forEach((product, quantity) -> products.returnStock(product, quantity, now));
    transactions.afterCommit(() -> inLockOrder.keySet().forEach(cache::evict));
  }
}
