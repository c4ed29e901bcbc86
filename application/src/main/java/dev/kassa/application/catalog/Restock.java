package dev.kassa.application.catalog;

import dev.kassa.domain.order.LineRefunds;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the stock of an order back, in ascending product id order as a sale takes it, with the
 * reason for the stock journal, and evicts the products from the cache once the unit of work
 * commits. Every unit goes back through {@link Products#returnStock}.
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

  /**
   * What is still out of a cancelled order: its lines, less what its refunds by line put back
   * already (see {@link LineRefunds#stillOut}).
   */
  public void stillOutOf(Order order, List<Refund> refunds, StockReason reason, Instant now) {
    putBack(LineRefunds.stillOut(order, refunds), StockChange.forOrder(reason, order.id()), now);
  }

  /**
   * The units a refund by line of {@code scope} with {@code restock} puts back as it completes,
   * given the order's {@code refunds} so far (see {@link LineRefunds#toRestock}): the
   * refund-restock movements of the stock.
   */
  public void refundedLines(Order order, List<Refund> refunds, RefundScope scope, Instant now) {
    putBack(
        LineRefunds.toRestock(order, refunds, scope),
        StockChange.forOrder(StockReason.REFUND_RESTOCK, order.id()),
        now);
  }

  private void putBack(Map<ProductId, Integer> units, StockChange change, Instant now) {
    var inLockOrder = new TreeMap<>(units);
    inLockOrder.forEach(
        (product, quantity) -> products.returnStock(product, quantity, change, now));
    transactions.afterCommit(() -> inLockOrder.keySet().forEach(cache::evict));
  }
}
