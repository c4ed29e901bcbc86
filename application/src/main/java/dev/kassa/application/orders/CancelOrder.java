package dev.kassa.application.orders;

import dev.kassa.application.catalog.Restock;
import dev.kassa.application.payments.PaymentRelease;
import dev.kassa.application.payments.Refunder;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Cancels a paid or unpaid order, for its owner or an admin, in one unit of work: the stock of
 * every line goes back, and so does the money: what is left of a captured payment is refunded (see
 * {@link Refunder}), a card authorization is voided, and a payment still pending at the provider is
 * given up (its intent is cancelled there after the commit). Locks: the order, then its products in
 * ascending id order, then the hold and the accounts (through the ledger), as a sale takes them.
 */
public final class CancelOrder {

  private final Transactions transactions;
  private final Orders orders;
  private final Restock restock;
  private final Refunder refunder;
  private final PaymentRelease paymentRelease;
  private final AuditLog auditLog;
  private final Clock clock;

  public CancelOrder(
      Transactions transactions,
      Orders orders,
      Restock restock,
      Refunder refunder,
      PaymentRelease paymentRelease,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.orders = orders;
    this.restock = restock;
    this.refunder = refunder;
    this.paymentRelease = paymentRelease;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Order execute(Actor actor, OrderId id) {
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var current = OrderLookup.lockedVisible(orders, actor, id);
          var cancelled = current.moveTo(OrderStatus.CANCELLED, now);
          var refundable = current.payment().refundable();
          var approval = refundable.isPositive() ? refunder.approve(current, refundable) : null;
          restock.linesOf(current, now);
          cancelled = release(cancelled, approval, actor, now);
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
          return cancelled;
        });
  }

  private Order release(Order order, Refunder.Approval approval, Actor actor, Instant now) {
    var payment = order.payment();
    return switch (payment.status()) {
      case AUTHORIZED, PENDING -> paymentRelease.giveUp(order, now);
      case CAPTURED, PARTIALLY_REFUNDED ->
          refunder.record(order, approval, actor.id(), now).order();
      case FAILED, VOIDED, REFUNDED -> order;
    };
  }
}
