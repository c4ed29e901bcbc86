package dev.kassa.application.orders;

import dev.kassa.application.catalog.Restock;
import dev.kassa.application.payments.PaymentRelease;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.time.Instant;

/**
 * Housekeeping: cancels every order whose money was never taken before its payment lapsed, and puts
 * its stock back: a gateway order whose reservation expired unpaid (its intent is cancelled at the
 * provider after the commit; a payment that still arrives is refunded, see {@link
 * GatewaySettlement}), and a card order that did not ship before its authorization lapsed (its hold
 * is released, if the ledger's sweeper has not done so yet). Each order is expired in a unit of
 * work of its own, with the order locked and checked again, so that a payment settled or an order
 * shipped meanwhile wins. Safe to run concurrently, from several processes too.
 */
public final class ExpireUnpaidOrders {

  private static final int BATCH = 100;

  private final Transactions transactions;
  private final Orders orders;
  private final Restock restock;
  private final PaymentRelease paymentRelease;
  private final Outbox outbox;
  private final Clock clock;

  public ExpireUnpaidOrders(
      Transactions transactions,
      Orders orders,
      Restock restock,
      PaymentRelease paymentRelease,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.restock = restock;
    this.paymentRelease = paymentRelease;
    this.clock = clock;
  }

  /** Returns how many orders it cancelled. */
  public int execute() {
    var now = clock.instant();
    var expired = 0;
    while (true) {
      var due = orders.unpaidExpired(now, BATCH);
      for (var id : due) {
        if (transactions.inTransaction(() -> expire(id, now))) {
          expired++;
        }
      }
      if (due.size() < BATCH) {
        return expired;
      }
    }
  }

  private boolean expire(OrderId id, Instant now) {
    var found = orders.lock(id);
    if (found.isEmpty()) {
      return false;
    }
    var order = found.get();
    var payment = order.payment();
    if (!payment.status().isUncaptured() || payment.expiresAt().isAfter(now)) {
      return false;
    }
    restock.linesOf(order, StockReason.RELEASE, now);
    var cancelled = paymentRelease.giveUp(order, now).moveTo(OrderStatus.CANCELLED, now);
    orders.update(cancelled);
    outbox.append(OrderEvents.reached(cancelled, now));
    return true;
  }
}
