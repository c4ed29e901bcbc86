package dev.kassa.application.orders;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderKind;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.order.Payment;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sells products paid at once from the caller's account, inside the running unit of work: what
 * checkout and purchase share. Locks are taken in one fixed order, products in ascending id order
 * (each a guarded stock update) and then the accounts (the ledger locks them in ascending id
 * order), so that concurrent sales and cancellations never deadlock. Any refusal leaves the unit to
 * roll back: stock and money stay as they were.
 */
final class Sale {

  /** A product as read in this unit of work, and how many of it to sell. */
  record Item(Product product, int quantity) {}

  private final Transactions transactions;
  private final Products products;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Orders orders;
  private final ProductCache cache;
  private final Clock clock;

  Sale(
      Transactions transactions,
      Products products,
      Accounts accounts,
      Ledger ledger,
      Orders orders,
      ProductCache cache,
      Clock clock) {
    this.transactions = transactions;
    this.products = products;
    this.accounts = accounts;
    this.ledger = ledger;
    this.orders = orders;
    this.cache = cache;
    this.clock = clock;
  }

  /** Returns the paid order, with the items' names, SKUs and prices as they are now. */
  Order complete(Actor actor, OrderKind kind, List<Item> items, AccountId accountId) {
    var currency = items.getFirst().product().price().currency();
    var account = AccountLookup.owned(accounts, actor, accountId);
    if (!account.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, account.currency());
    }
    var lines = items.stream().map(Sale::snapshot).toList();
    var total = Order.subtotalOf(lines, currency);
    var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, currency);
    var now = clock.instant();
    var sold = items.stream().map(item -> item.product().id()).toList();
    takeStock(items, now);
    var orderId = OrderId.newId();
    var entry =
        JournalEntry.between(
            account.id(),
            TransactionType.PURCHASE,
            merchant.id(),
            TransactionType.PURCHASE,
            total.minor(),
            currency,
            "Order " + orderId,
            new Reference("order", orderId.value()),
            now);
    ledger.post(entry);
    var payment = Payment.capturedFromAccount(total, account.id(), entry.id(), now);
    var order = Order.paid(orderId, actor.id(), kind, lines, payment, now);
    orders.add(order);
    transactions.afterCommit(() -> sold.forEach(cache::evict));
    return order;
  }

  /** Takes the stock of every item, or fails naming every product that is short. */
  private void takeStock(List<Item> items, Instant now) {
    var lacking = new ArrayList<String>();
    var inLockOrder =
        items.stream().sorted(Comparator.comparing(item -> item.product().id())).toList();
    for (var item : inLockOrder) {
      var id = item.product().id();
      if (!products.takeStock(id, item.quantity(), now)) {
        lacking.add(id.toString());
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
