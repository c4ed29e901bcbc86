package dev.kassa.application.orders;

import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderId;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * Cancels a paid (or unpaid) order, for its owner or an admin, in one unit of work: the stock of
 * every line goes back, and whatever is left of the payment goes back to the paying account as a
 * refund entry that reverses the purchase. Locks: the order, then its products in ascending id
 * order, then the accounts (through the ledger), as a sale takes them.
 */
public final class CancelOrder {

  private final Transactions transactions;
  private final Products products;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Orders orders;
  private final ProductCache cache;
  private final AuditLog auditLog;
  private final Clock clock;

  public CancelOrder(
      Transactions transactions,
      Products products,
      Accounts accounts,
      Ledger ledger,
      Orders orders,
      ProductCache cache,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.products = products;
    this.accounts = accounts;
    this.ledger = ledger;
    this.orders = orders;
    this.cache = cache;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Order execute(Actor actor, OrderId id) {
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var current = OrderLookup.lockedVisible(orders, actor, id);
          var cancelled = current.moveTo(OrderStatus.CANCELLED, now);
          var returned =
              current.lines().stream().sorted(Comparator.comparing(OrderLine::productId)).toList();
          returned.forEach(line -> products.returnStock(line.productId(), line.quantity(), now));
          cancelled = refund(cancelled, now);
          orders.update(cancelled);
          if (actor.isAdmin()) {
            auditLog.record(
                AuditEvent.of(
                    AuditTypes.ORDER_STATUS_CHANGED,
                    actor.id(),
                    "order",
                    id,
                    Map.of("from", current.status().code(), "to", cancelled.status().code()),
                    now));
          }
          transactions.afterCommit(() -> returned.forEach(line -> cache.evict(line.productId())));
          return cancelled;
        });
  }

  private Order refund(Order order, Instant now) {
    var payment = order.payment();
    if (payment == null || !payment.refundable().isPositive()) {
      return order;
    }
    return switch (payment.method()) {
      case ACCOUNT -> {
        var amount = payment.refundable();
        var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, amount.currency());
        ledger.post(
            JournalEntry.between(
                merchant.id(),
                TransactionType.REFUND,
                payment.accountId(),
                TransactionType.REFUND,
                amount.minor(),
                amount.currency(),
                "Refund of order " + order.id(),
                new Reference("order", order.id().value()),
                now));
        yield order.withPayment(payment.refund(amount), now);
      }
      case CARD, GATEWAY ->
          throw new IllegalStateException(
              "cancelling an order paid by " + payment.method().code() + " is not supported");
    };
  }
}
