package dev.kassa.application.payments;

import dev.kassa.domain.account.AccountId;
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
import dev.kassa.domain.payment.ProviderRefund;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Records money of an order's payment given back, inside the running unit of work, which holds the
 * order's lock. In-house payments go back to the paying account (the card's account for card
 * payments) at once ({@link #giveBack}); a refund the provider agreed to moves the amount from
 * merchant revenue back to payment clearing ({@link #complete}). Either way one {@code refund}
 * entry is written and the payment's refunded amount grows.
 */
public final class Refunder {

  /** The order with its payment updated, and the refund that was made. */
  public record Refunded(Order order, Refund refund) {}

  private final Accounts accounts;
  private final Ledger ledger;
  private final Outbox outbox;
  private final Refunds refunds;

  public Refunder(Accounts accounts, Ledger ledger, Outbox outbox, Refunds refunds) {
    this.outbox = outbox;
    this.accounts = accounts;
    this.ledger = ledger;
    this.refunds = refunds;
  }

  /**
   * What may still be asked back: what was paid, minus what was refunded, minus the refunds still
   * {@code requested} at the provider. Read under the order's lock, so that racing refunds never
   * give back more than was paid.
   */
  public Money left(Order order) {
    var payment = order.payment();
    var asked =
        refunds.byOrder(order.id()).stream()
            .filter(refund -> refund.status() == RefundStatus.REQUESTED)
            .map(Refund::amount)
            .reduce(Money.zero(payment.amount().currency()), Money::plus);
    var left = payment.refundable().minus(asked);
    return left.isNegative() ? Money.zero(left.currency()) : left;
  }

  /** Gives {@code amount} of an in-house payment back to the account that paid. */
  public Refunded giveBack(Order order, Money amount, UserId requestedBy, Instant now) {
    return giveBack(order, RefundScope.of(amount), requestedBy, now);
  }

  /** Gives what {@code scope} says of an in-house payment back to the account that paid. */
  public Refunded giveBack(Order order, RefundScope scope, UserId requestedBy, Instant now) {
    var payment = order.payment();
    var amount = scope.amount();
    var entry = post(order, amount, payment.accountId(), now);
    var refund = Refund.inHouse(order.id(), payment.id(), scope, entry, requestedBy, now);
    refunds.add(refund);
    outbox.append(OrderEvents.refundIssued(refund, now));
    return new Refunded(order.withPayment(payment.refund(amount, now), now), refund);
  }

  /** Records the {@code requested} refund the provider {@code given} back. */
  public Refunded complete(Order order, Refund requested, ProviderRefund given, Instant now) {
    var amount = requested.amount();
    var clearing = accounts.systemAccount(AccountType.PAYMENT_CLEARING, amount.currency()).id();
    var done = requested.completed(given, post(order, amount, clearing, now));
    refunds.update(done);
    outbox.append(OrderEvents.refundIssued(done, now));
    var payment = order.payment();
    return new Refunded(order.withPayment(payment.refund(amount, now), now), done);
  }

  private EntryId post(Order order, Money amount, AccountId destination, Instant now) {
    var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, amount.currency());
    var entry =
        JournalEntry.between(
            merchant.id(),
            TransactionType.REFUND,
            destination,
            TransactionType.REFUND,
            amount.minor(),
            amount.currency(),
            "Refund of order " + order.id(),
            new Reference("order", order.id().value()),
            now);
    ledger.post(entry);
    return entry.id();
  }
}
