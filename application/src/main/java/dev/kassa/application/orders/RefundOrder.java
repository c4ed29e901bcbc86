package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.application.payments.Refunder;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Gives money of a paid order back, for admins: all that is left to refund, or part of it. The
 * order is locked while the remainder is checked and the refund made, so that concurrent refunds
 * never give back more than was paid. Only captured money is refunded: a card authorization that
 * was not captured yet is released by cancelling the order instead.
 */
public final class RefundOrder {

  /** {@code amount} in minor units of the order's currency; null refunds all that is left. */
  public record Command(Long amount) {
    public Command {
      if (amount != null && amount <= 0) {
        throw ValidationException.of("amount", "must be a positive whole number of minor units");
      }
    }

    public static Command everything() {
      return new Command(null);
    }
  }

  private final Transactions transactions;
  private final Orders orders;
  private final Refunder refunder;
  private final AuditLog auditLog;
  private final Clock clock;

  public RefundOrder(
      Transactions transactions, Orders orders, Refunder refunder, AuditLog auditLog, Clock clock) {
    this.transactions = transactions;
    this.orders = orders;
    this.refunder = refunder;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Refund execute(Actor actor, OrderId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var order = OrderLookup.lockedVisible(orders, actor, id);
          var payment = order.payment();
          if (!payment.status().isRefundable()) {
            throw ConflictException.invalidStateTransition(payment.status().code(), "refunded");
          }
          var left = payment.refundable();
          var amount =
              command.amount() == null ? left : Money.of(command.amount(), order.currency());
          if (left.isLessThan(amount)) {
            throw ValidationException.of(
                "amount", "must be at most " + left.minor() + ", what is left to refund");
          }
          var refunded = refunder.giveBack(order, amount, actor.id(), now);
          orders.update(refunded.order());
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.ORDER_REFUNDED,
                  actor.id(),
                  "order",
                  id,
                  Map.of(
                      "refundId", refunded.refund().id().toString(),
                      "amount", String.valueOf(amount.minor()),
                      "currency", amount.currency().getCurrencyCode()),
                  now));
          return refunded.refund();
        });
  }
}
