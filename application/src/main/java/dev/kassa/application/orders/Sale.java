package dev.kassa.application.orders;

import dev.kassa.application.payments.Payers;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.ProductEvents;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.order.ShippingAddress;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sells products inside the running unit of work: what checkout and purchase share. Locks are taken
 * in one fixed order, products in ascending id order (each a guarded stock update) and then the
 * paying account (the ledger locks accounts in ascending id order), so that concurrent sales and
 * cancellations never deadlock. One exception: a batch of purchases locks its buyers' accounts
 * first (ascending, {@link Purchase}), then the product, then the revenue account; it can meet a
 * sale from one of those accounts that holds the product in a cycle, which PostgreSQL breaks and
 * the store runs again. Any refusal leaves the unit to roll back: stock and money stay as they
 * were. A gateway payment is only reserved here; nothing in a sale calls the provider.
 */
public final class Sale {

  /** A product as read in this unit of work, and how many of it to sell. */
  public record Item(Product product, int quantity) {}

  private final Transactions transactions;
  private final Products products;
  private final Orders orders;
  private final ProductCache cache;
  private final Payers payers;
  private final Outbox outbox;
  private final int stockLowThreshold;
  private final Clock clock;

  public Sale(
      Transactions transactions,
      Products products,
      Orders orders,
      ProductCache cache,
      Payers payers,
      Outbox outbox,
      int stockLowThreshold,
      Clock clock) {
    this.outbox = outbox;
    this.stockLowThreshold = stockLowThreshold;
    this.transactions = transactions;
    this.products = products;
    this.orders = orders;
    this.cache = cache;
    this.payers = payers;
    this.clock = clock;
  }

  /**
   * Returns the order, with the items' names, SKUs and prices as they are now, sent to {@code
   * address} (null for none): {@code paid} when the money was taken or held, {@code
   * pending_payment} when the buyer pays at the provider.
   */
  public Order complete(
      Actor actor,
      OrderKind kind,
      List<Item> items,
      PaymentChoice choice,
      ShippingAddress address) {
    var currency = items.getFirst().product().price().currency();
    var lines = items.stream().map(Sale::snapshot).toList();
    var total = Order.subtotalOf(lines, currency);
    var now = clock.instant();
    var orderId = OrderId.newId();
    var payer = payers.ready(actor, choice, orderId, total, now);
    var reason =
        choice instanceof PaymentChoice.ThroughGateway ? StockReason.RESERVATION : StockReason.SALE;
    takeStock(items, StockChange.forOrder(reason, orderId), now);
    var payment = payer.take(now);
    var order =
        (payment.status() == PaymentStatus.PENDING
                ? Order.awaitingPayment(orderId, actor.id(), kind, lines, payment, now)
                : Order.paid(orderId, actor.id(), kind, lines, payment, now))
            .shippingTo(address);
    orders.add(order);
    outbox.appendFirst(
        order.status() == OrderStatus.PAID
            ? List.of(OrderEvents.placed(order, now), OrderEvents.reached(order, now))
            : List.of(OrderEvents.placed(order, now)));
    var sold = items.stream().map(item -> item.product().id()).toList();
    transactions.afterCommit(() -> sold.forEach(cache::evict));
    return order;
  }

  /** Takes the stock of every item, or fails naming every product that is short. */
  private void takeStock(List<Item> items, StockChange change, Instant now) {
    var lacking = new ArrayList<String>();
    var inLockOrder =
        items.stream().sorted(Comparator.comparing(item -> item.product().id())).toList();
    for (var item : inLockOrder) {
      var product = item.product();
      var left = products.takeStock(product.id(), item.quantity(), change, now);
      if (left.isEmpty()) {
        lacking.add(product.id().toString());
      } else {
        ProductEvents.stockLow(product, left.getAsInt(), -item.quantity(), stockLowThreshold, now)
            .ifPresent(outbox::append);
      }
    }
    if (!lacking.isEmpty()) {
      throw ConflictException.outOfStock(lacking);
    }
  }

  private static OrderLine snapshot(Item item) {
    var product = item.product();
    return new OrderLine(
        product.id(), product.sku(), product.name(), product.price(), item.quantity());
  }
}
