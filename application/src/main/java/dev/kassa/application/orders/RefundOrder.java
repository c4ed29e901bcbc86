package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.application.payments.ProviderRefunds;
import dev.kassa.application.payments.Refunder;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Gives money of a paid order back, for admins: all that is left to refund, or part of it. The
 * order is locked while the remainder is checked and the refund made (or, for a gateway payment,
 * requested: see {@link ProviderRefunds}), so that concurrent refunds never give back more than was
 * paid. Only captured money is refunded: a card authorization that was not captured yet is released
 * by cancelling the order instead.
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
  private final Refunds refunds;
  private final Refunder refunder;
  private final ProviderRefunds providerRefunds;
  private final AuditLog auditLog;
  private final Clock clock;

  public RefundOrder(
      Transactions transactions,
      Orders orders,
      Refunds refunds,
      Refunder refunder,
      ProviderRefunds providerRefunds,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.orders = orders;
    this.refunds = refunds;
    this.refunder = refunder;
    this.providerRefunds = providerRefunds;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * @throws dev.kassa.domain.payment.PaymentProviderException when the provider of a gateway
   *     payment failed: see {@link #finish}
   */
  public Refund execute(Actor actor, OrderId id, Command command) {
    return finish(actor, request(actor, id, command));
  }

  /**
   * The first step, in one unit of work under the order's lock: an in-house refund is made at once;
   * a gateway payment's is recorded {@code requested}.
   */
  public Refund request(Actor actor, OrderId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var order = OrderLookup.lockedVisible(orders, actor, id);
          var payment = order.payment();
          if (!payment.status().isRefundable()) {
            throw ConflictException.invalidStateTransition(payment.status().code(), "refunded");
          }
          var left = refunder.left(order);
          var amount =
              command.amount() == null ? left : Money.of(command.amount(), order.currency());
          if (!amount.isPositive() || left.isLessThan(amount)) {
            throw ValidationException.of(
                "amount", "must be at most " + left.minor() + ", what is left to refund");
          }
          if (payment.method() == PaymentMethod.GATEWAY) {
            return providerRefunds.request(order, amount, actor.id(), false, now);
          }
          var refunded = refunder.giveBack(order, amount, actor.id(), now);
          orders.update(refunded.order());
          audit(actor, refunded.refund());
          return refunded.refund();
        });
  }

  /**
   * The rest, with no unit of work open: a {@code requested} refund is asked of the provider and
   * recorded. Safe to call again for the same refund (a retry after a crash): the provider's
   * idempotency key is the refund's.
   *
   * @throws dev.kassa.domain.payment.PaymentProviderException when the provider refused (the refund
   *     is {@code failed} and the order as it was) or did not answer (the refund stays {@code
   *     requested}, for a retry)
   */
  public Refund finish(Actor actor, RefundId id) {
    AccessPolicy.requireAdmin(actor);
    var refund = refunds.find(id).orElseThrow(() -> new NotFoundException("refund", id));
    return finish(actor, refund);
  }

  private Refund finish(Actor actor, Refund refund) {
    return switch (refund.status()) {
      case REQUESTED ->
          providerRefunds.complete(refund, done -> audit(actor, done.refund())).refund();
      case FAILED ->
          throw new PaymentProviderException("the provider refused refund " + refund.id());
      case SUCCEEDED, PENDING -> refund;
    };
  }

  private void audit(Actor actor, Refund refund) {
    var amount = refund.amount();
    auditLog.record(
        AuditEvent.of(
            AuditTypes.ORDER_REFUNDED,
            actor.id(),
            "order",
            refund.orderId(),
            Map.of(
                "refundId", refund.id().toString(),
                "amount", String.valueOf(amount.minor()),
                "currency", amount.currency().getCurrencyCode()),
            clock.instant()));
  }
}
