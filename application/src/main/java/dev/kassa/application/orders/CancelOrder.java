package dev.kassa.application.orders;

import dev.kassa.application.catalog.Restock;
import dev.kassa.application.payments.PaymentRelease;
import dev.kassa.application.payments.ProviderRefunds;
import dev.kassa.application.payments.Refunder;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Cancels a paid or unpaid order, for its owner or an admin: the stock of every line goes back
 * (less what refunds by line put back already), and so does the money. In-house, in one unit of
 * work: what is left of a captured payment is refunded (see {@link Refunder}), a card authorization
 * is voided, and a payment still pending at the provider is given up (its intent is cancelled there
 * after the commit). A captured gateway payment needs its provider's refund first: the refund is
 * requested, the provider asked outside any unit of work, and the order cancelled when the refund
 * is recorded (see {@link ProviderRefunds}); when the provider refuses, the order stays as it was.
 * Locks: the order, then its products in ascending id order, then the hold and the accounts
 * (through the ledger), as a sale takes them.
 */
public final class CancelOrder {

  private record Started(Order order, Refund refund) {}

  private final Transactions transactions;
  private final Orders orders;
  private final Refunds refunds;
  private final Restock restock;
  private final Refunder refunder;
  private final ProviderRefunds providerRefunds;
  private final PaymentRelease paymentRelease;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public CancelOrder(
      Transactions transactions,
      Orders orders,
      Refunds refunds,
      Restock restock,
      Refunder refunder,
      ProviderRefunds providerRefunds,
      PaymentRelease paymentRelease,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.refunds = refunds;
    this.restock = restock;
    this.refunder = refunder;
    this.providerRefunds = providerRefunds;
    this.paymentRelease = paymentRelease;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Cancels an order.
   *
   * @throws dev.kassa.domain.payment.PaymentProviderException when the provider failed to refund a
   *     captured gateway payment: see {@link #finish}
   */
  public Order execute(Actor actor, OrderId id) {
    var started = transactions.inTransaction(() -> start(actor, id));
    return started.refund() == null ? started.order() : complete(actor, started.refund());
  }

  /**
   * The first step, in one unit of work under the order's lock: an order paid in house, or not
   * paid, is cancelled at once; a captured gateway payment's refund is recorded {@code requested}.
   */
  public Order request(Actor actor, OrderId id) {
    return transactions.inTransaction(() -> start(actor, id)).order();
  }

  /**
   * The rest, with no unit of work open: the order's requested refund is asked of the provider, and
   * the order cancelled once it is recorded. Safe to call again (a retry after a crash).
   *
   * @throws dev.kassa.domain.payment.PaymentProviderException when the provider refused (the order
   *     is then as it was) or did not answer (the refund stays {@code requested}, for a retry)
   */
  public Order finish(Actor actor, OrderId id) {
    var order = OrderLookup.visible(orders, actor, id);
    var cancellation =
        refunds.byOrder(id).stream().filter(Refund::cancelsOrder).reduce((first, last) -> last);
    if (order.status() == OrderStatus.CANCELLED || cancellation.isEmpty()) {
      return order;
    }
    var refund = cancellation.get();
    return switch (refund.status()) {
      case REQUESTED -> complete(actor, refund);
      case FAILED ->
          throw new PaymentProviderException("the provider refused refund " + refund.id());
      case SUCCEEDED, PENDING -> order;
    };
  }

  private Order complete(Actor actor, Refund requested) {
    return providerRefunds
        .complete(
            requested,
            done -> {
              if (done.order().status() == OrderStatus.CANCELLED) {
                var history = done.order().history();
                var before = history.get(history.size() - 2).status();
                audit(actor, done.order().id(), before, OrderStatus.CANCELLED, clock.instant());
              }
            })
        .order();
  }

  private Started start(Actor actor, OrderId id) {
    var now = clock.instant();
    var current = OrderLookup.lockedVisible(orders, actor, id);
    var cancelled = current.moveTo(OrderStatus.CANCELLED, now);
    var payment = current.payment();
    if (payment.method() == PaymentMethod.GATEWAY && payment.refundable().isPositive()) {
      var left = refunder.left(current);
      if (!left.isPositive()) {
        throw ConflictException.invalidStateTransition("refund_requested", "cancelled");
      }
      return new Started(
          current, providerRefunds.request(current, RefundScope.of(left), actor.id(), true, now));
    }
    restock.stillOutOf(current, refunds.byOrder(id), StockReason.CANCELLATION, now);
    cancelled = release(cancelled, actor, now);
    orders.update(cancelled);
    outbox.append(OrderEvents.reached(cancelled, now));
    audit(actor, id, current.status(), cancelled.status(), now);
    return new Started(cancelled, null);
  }

  private Order release(Order order, Actor actor, Instant now) {
    var payment = order.payment();
    return switch (payment.status()) {
      case AUTHORIZED, PENDING -> paymentRelease.giveUp(order, now);
      case CAPTURED, PARTIALLY_REFUNDED ->
          refunder.giveBack(order, payment.refundable(), actor.id(), now).order();
      case FAILED, VOIDED, REFUNDED -> order;
    };
  }

  private void audit(Actor actor, OrderId id, OrderStatus from, OrderStatus to, Instant now) {
    if (actor.isAdmin()) {
      auditLog.record(
          AuditEvent.of(
              AuditTypes.ORDER_STATUS_CHANGED,
              actor.id(),
              "order",
              id,
              Map.of("from", from.code(), "to", to.code()),
              now));
    }
  }
}
