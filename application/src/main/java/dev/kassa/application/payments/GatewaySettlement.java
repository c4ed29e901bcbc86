package dev.kassa.application.payments;

import dev.kassa.application.catalog.Restock;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;

/**
 * Applies a provider's settlement event to the order paid through its intent, inside the running
 * unit of work, with the order locked:
 *
 * <ul>
 *   <li>succeeded, while pending: the order is {@code paid} and the ledger moves the amount from
 *       payment clearing to merchant revenue;
 *   <li>failed, while pending: the order is {@code payment_failed} and its stock goes back;
 *   <li>succeeded after Kassa gave up on the payment (failed earlier, or the order was cancelled or
 *       its reservation expired): the money is recorded and a refund of all of it requested, since
 *       the goods are no longer the buyer's; the provider is asked once the unit of work has
 *       committed (see {@link ProviderRefunds}), and a refusal leaves the refund for {@link
 *       CompleteRequestedRefunds};
 *   <li>anything else (an event older than what is known) changes nothing.
 * </ul>
 *
 * An event for another amount or currency than our payment's changes nothing either.
 */
public final class GatewaySettlement {

  private static final System.Logger LOG = System.getLogger(GatewaySettlement.class.getName());

  private final Transactions transactions;
  private final Orders orders;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Restock restock;
  private final Outbox outbox;
  private final ProviderRefunds providerRefunds;

  public GatewaySettlement(
      Transactions transactions,
      Orders orders,
      Accounts accounts,
      Ledger ledger,
      Restock restock,
      Outbox outbox,
      ProviderRefunds providerRefunds) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.accounts = accounts;
    this.ledger = ledger;
    this.restock = restock;
    this.providerRefunds = providerRefunds;
  }

  EventOutcome settle(String provider, ProviderEvent event, Instant now) {
    if (event.intentId() == null) {
      return EventOutcome.UNKNOWN_INTENT;
    }
    var found = orders.lockByProviderRef(provider, event.intentId());
    if (found.isEmpty()) {
      return EventOutcome.UNKNOWN_INTENT;
    }
    var order = found.get();
    if (!order.payment().amount().equals(event.amount())) {
      LOG.log(
          System.Logger.Level.WARNING,
          "provider event {0} reports {1} for order {2} of {3}",
          event.id(),
          event.amount(),
          order.id(),
          order.payment().amount());
      return EventOutcome.AMOUNT_MISMATCH;
    }
    return ProviderEvent.SUCCEEDED.equals(event.type())
        ? succeeded(order, now)
        : failed(order, now);
  }

  private EventOutcome succeeded(Order order, Instant now) {
    var payment = order.payment();
    return switch (payment.status()) {
      case PENDING -> {
        var paid = order.withPayment(payment.captured(record(order, now), now), now);
        var moved = paid.moveTo(OrderStatus.PAID, now);
        orders.update(moved);
        outbox.append(OrderEvents.reached(moved, now));
        yield EventOutcome.APPLIED;
      }
      case FAILED, VOIDED -> {
        var late = order.withPayment(payment.captured(record(order, now), now), now);
        orders.update(late);
        var refund =
            providerRefunds.request(late, RefundScope.of(payment.amount()), null, false, now);
        transactions.afterCommit(() -> providerRefunds.retry(refund));
        yield EventOutcome.REFUNDED_LATE_PAYMENT;
      }
      case AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> EventOutcome.OUT_OF_ORDER;
    };
  }

  private EventOutcome failed(Order order, Instant now) {
    var payment = order.payment();
    if (payment.status() != PaymentStatus.PENDING
        || order.status() != OrderStatus.PENDING_PAYMENT) {
      return EventOutcome.OUT_OF_ORDER;
    }
    restock.linesOf(order, StockReason.RELEASE, now);
    var failed =
        order.withPayment(payment.failed(now), now).moveTo(OrderStatus.PAYMENT_FAILED, now);
    orders.update(failed);
    outbox.append(OrderEvents.reached(failed, now));
    return EventOutcome.APPLIED;
  }

  /** Records the money the provider took: from payment clearing to merchant revenue. */
  private EntryId record(Order order, Instant now) {
    var amount = order.payment().amount();
    var clearing = accounts.systemAccount(AccountType.PAYMENT_CLEARING, amount.currency());
    var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, amount.currency());
    var entry =
        JournalEntry.between(
            clearing.id(),
            TransactionType.PURCHASE,
            merchant.id(),
            TransactionType.PURCHASE,
            amount.minor(),
            amount.currency(),
            "Order " + order.id() + " paid at " + order.payment().provider(),
            new Reference("order", order.id().value()),
            now);
    ledger.post(entry);
    return entry.id();
  }
}
