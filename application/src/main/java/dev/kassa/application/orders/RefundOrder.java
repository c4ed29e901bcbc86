package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.application.catalog.Restock;
import dev.kassa.application.payments.ProviderRefunds;
import dev.kassa.application.payments.Refunder;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.LineRefunds;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Gives money of a paid order back, for admins: all that is left to refund, part of it, or units of
 * its lines at their snapshotted prices (a refund by line, which may put them back in stock). The
 * order is locked while the remainder is checked and the refund made (or, for a gateway payment,
 * requested: see {@link ProviderRefunds}), so that concurrent refunds never give back more than was
 * paid, nor more units of a line than were bought (see {@link LineRefunds}). A refund by line made
 * in house puts its stock back in the same unit of work; through the provider, when it is recorded.
 * Only captured money is refunded: a card authorization that was not captured yet is released by
 * cancelling the order instead.
 */
public final class RefundOrder {

  /**
   * {@code amount} in minor units of the order's currency, or {@code items} to refund by line (put
   * back in stock when {@code restock}); neither refunds all that is left.
   */
  public record Command(Long amount, List<LineRefunds.Item> items, boolean restock) {
    public Command {
      items = items == null ? null : List.copyOf(items);
      new ValidationException.Collector()
          .check(
              amount == null || amount > 0,
              "amount",
              "must be a positive whole number of minor units")
          .check(amount == null || items == null, "amount", "is not taken with items")
          .check(items == null || !items.isEmpty(), "items", "must not be empty")
          .check(!restock || items != null, "restock", "is only taken with items")
          .throwIfAny();
    }

    public Command(Long amount) {
      this(amount, null, false);
    }

    public static Command everything() {
      return new Command(null);
    }

    public static Command lines(List<LineRefunds.Item> items, boolean restock) {
      return new Command(null, items, restock);
    }
  }

  private final Transactions transactions;
  private final Orders orders;
  private final Refunds refunds;
  private final Refunder refunder;
  private final ProviderRefunds providerRefunds;
  private final Restock restock;
  private final AuditLog auditLog;
  private final Clock clock;

  public RefundOrder(
      Transactions transactions,
      Orders orders,
      Refunds refunds,
      Refunder refunder,
      ProviderRefunds providerRefunds,
      Restock restock,
      AuditLog auditLog,
      Clock clock) {
    this.transactions = transactions;
    this.orders = orders;
    this.refunds = refunds;
    this.refunder = refunder;
    this.providerRefunds = providerRefunds;
    this.restock = restock;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Refunds an order, in full or by line.
   *
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
          var earlier = refunds.byOrder(id);
          var scope = scope(command, order, earlier, left);
          if (payment.method() == PaymentMethod.GATEWAY) {
            return providerRefunds.request(order, scope, actor.id(), false, now);
          }
          restock.refundedLines(order, earlier, scope, now);
          var refunded = refunder.giveBack(order, scope, actor.id(), now);
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

  /**
   * What the command asks back, checked against what is {@code left} of the money and, by line,
   * against what each line has left.
   */
  private static RefundScope scope(Command command, Order order, List<Refund> earlier, Money left) {
    if (command.items() != null) {
      var scope = LineRefunds.scope(order, earlier, command.items(), command.restock());
      if (left.isLessThan(scope.amount())) {
        throw ValidationException.of(
            "items",
            "come to " + scope.amount().minor() + ", more than the " + left.minor() + " left");
      }
      return scope;
    }
    var amount = command.amount() == null ? left : Money.of(command.amount(), order.currency());
    if (!amount.isPositive() || left.isLessThan(amount)) {
      throw ValidationException.of(
          "amount", "must be at most " + left.minor() + ", what is left to refund");
    }
    return RefundScope.of(amount);
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
