package dev.kassa.application.payments;

import dev.kassa.application.catalog.Restock;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Refunds through the payment provider, in three steps with nothing held across the network:
 *
 * <ol>
 *   <li>{@link #request}, in the caller's unit of work under the order's lock: a {@code requested}
 *       refund sets its amount aside;
 *   <li>outside any unit of work, the provider is asked, with the refund's own idempotency key, so
 *       that asking again never refunds twice;
 *   <li>in a unit of work under the order's lock, the refund is recorded (see {@link Refunder}),
 *       unless someone completed it meanwhile; a refund that {@code cancelsOrder} also puts the
 *       stock still out back and cancels the order, if it can still be cancelled; a refund by line
 *       with {@code restock} puts its units back.
 * </ol>
 *
 * A refund left {@code requested} (a crash between the steps, a provider that refused a refund
 * Kassa owes) is completed later by {@link CompleteRequestedRefunds}.
 */
public final class ProviderRefunds {

  private static final System.Logger LOG = System.getLogger(ProviderRefunds.class.getName());

  /** The order and refund after step 3; {@code now} when this call completed the refund. */
  public record Completion(Order order, Refund refund, boolean now) {}

  private final Transactions transactions;
  private final Orders orders;
  private final Refunds refunds;
  private final Refunder refunder;
  private final Restock restock;
  private final PaymentSettings settings;
  private final Outbox outbox;
  private final Clock clock;

  public ProviderRefunds(
      Transactions transactions,
      Orders orders,
      Refunds refunds,
      Refunder refunder,
      Restock restock,
      PaymentSettings settings,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.refunds = refunds;
    this.refunder = refunder;
    this.restock = restock;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Step 1: records a refund, in the requested state, of the locked order, which the caller
   * checked.
   */
  public Refund request(
      Order order, RefundScope scope, UserId requestedBy, boolean cancelsOrder, Instant now) {
    var refund =
        Refund.requested(order.id(), order.payment().id(), scope, requestedBy, cancelsOrder, now);
    refunds.add(refund);
    return refund;
  }

  /**
   * Steps 2 and 3, outside any unit of work; {@code alsoRecord} runs in step 3's unit of work when
   * this call completed the refund.
   *
   * @throws PaymentProviderException when the provider failed: {@code failed} when it refused,
   *     still {@code requested} when it did not answer (asked again later with the same key)
   */
  public Completion complete(Refund requested, Consumer<Completion> alsoRecord) {
    ProviderRefund given;
    try {
      given = ask(requested);
    } catch (PaymentProviderException failed) {
      if (failed.isRefusal()) {
        transactions.run(() -> fail(requested));
      }
      throw failed;
    }
    return transactions.inTransaction(
        () -> {
          var completion = record(requested, given, clock.instant());
          if (completion.now()) {
            alsoRecord.accept(completion);
          }
          return completion;
        });
  }

  /**
   * Steps 2 and 3 for a refund Kassa owes whatever happens: when the provider refuses, the refund
   * stays {@code requested} for a later try, and nothing is returned.
   */
  public Optional<Completion> retry(Refund requested) {
    ProviderRefund given;
    try {
      given = ask(requested);
    } catch (PaymentProviderException refused) {
      LOG.log(
          System.Logger.Level.WARNING, "refund " + requested.id() + " stays requested", refused);
      return Optional.empty();
    }
    return Optional.of(transactions.inTransaction(() -> record(requested, given, clock.instant())));
  }

  private ProviderRefund ask(Refund refund) {
    var payment = orders.find(refund.orderId()).orElseThrow().payment();
    var gateway = settings.requireGateway(payment.provider());
    return gateway.refund(payment.providerRef(), refund.amount(), refund.idempotencyKey());
  }

  private Completion record(Refund requested, ProviderRefund given, Instant now) {
    var order = orders.lock(requested.orderId()).orElseThrow();
    var current = refunds.find(requested.id()).orElseThrow();
    if (current.status() != RefundStatus.REQUESTED) {
      return new Completion(order, current, false);
    }
    var cancels = current.cancelsOrder() && order.status().canMoveTo(OrderStatus.CANCELLED);
    var earlier = refunds.byOrder(order.id());
    if (cancels) {
      restock.stillOutOf(order, earlier, StockReason.CANCELLATION, now);
    } else {
      restock.refundedLines(order, earlier, current.scope(), now);
    }
    var refunded = refunder.complete(order, current, given, now);
    var after = cancels ? refunded.order().moveTo(OrderStatus.CANCELLED, now) : refunded.order();
    orders.update(after);
    if (cancels) {
      outbox.append(OrderEvents.reached(after, now));
    }
    return new Completion(after, refunded.refund(), true);
  }

  private void fail(Refund requested) {
    orders.lock(requested.orderId());
    refunds
        .find(requested.id())
        .filter(current -> current.status() == RefundStatus.REQUESTED)
        .ifPresent(current -> refunds.update(current.failed()));
  }
}
