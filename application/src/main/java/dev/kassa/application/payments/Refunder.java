package dev.kassa.application.payments;

import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;

/**
 * Gives money of an order's payment back, inside the running unit of work, which holds the order's
 * lock. In-house payments go back to the paying account (the card's account for card payments);
 * gateway payments go back through their provider, and the ledger moves the amount from merchant
 * revenue back to payment clearing. Either way one {@code refund} entry and one {@link Refund} are
 * written. The provider is asked first ({@link #approve}), while only the order is locked; the
 * ledger is written after ({@link #record}).
 */
public final class Refunder {

  /** The order with its payment updated, and the refund that was made. */
  public record Refunded(Order order, Refund refund) {}

  private final Accounts accounts;
  private final Ledger ledger;
  private final Refunds refunds;
  private final PaymentSettings settings;

  public Refunder(Accounts accounts, Ledger ledger, Refunds refunds, PaymentSettings settings) {
    this.accounts = accounts;
    this.ledger = ledger;
    this.refunds = refunds;
    this.settings = settings;
  }

  /**
   * A refund agreed to but not yet recorded: for a gateway payment the provider has already given
   * the money back; an in-house refund needs nobody's agreement.
   */
  public record Approval(RefundId id, Money amount, RefundStatus status, String providerRef) {}

  /** Gives back {@code amount}, which the caller checked is within what is left to refund. */
  public Refunded giveBack(Order order, Money amount, UserId requestedBy, Instant now) {
    return record(order, approve(order, amount), requestedBy, now);
  }

  /**
   * Asks the provider of a gateway payment to give {@code amount} back. Called before any lock but
   * the order's is taken, so that no stock or account waits on the network. The idempotency key is
   * made of what the order's lock holds still (the payment, what it had refunded, the amount): if
   * the provider refunded but Kassa failed to record it, the retry gets the same refund back from
   * the provider instead of a second one.
   */
  public Approval approve(Order order, Money amount) {
    var payment = order.payment();
    var id = RefundId.newId();
    if (payment.method() != PaymentMethod.GATEWAY) {
      return new Approval(id, amount, RefundStatus.SUCCEEDED, null);
    }
    var gateway =
        settings
            .gateway(payment.provider())
            .orElseThrow(
                () ->
                    new PaymentProviderException(
                        "payment provider " + payment.provider() + " is not configured"));
    var key = "refund-%s-%d-%d".formatted(payment.id(), payment.refunded().minor(), amount.minor());
    var given = gateway.refund(payment.providerRef(), amount, key);
    return new Approval(id, amount, given.status(), given.id());
  }

  /** Records an approved refund of {@code order}'s payment in the ledger and the refunds. */
  public Refunded record(Order order, Approval approval, UserId requestedBy, Instant now) {
    var payment = order.payment();
    var amount = approval.amount();
    var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, amount.currency());
    var destination =
        payment.method() == PaymentMethod.GATEWAY
            ? accounts.systemAccount(AccountType.PAYMENT_CLEARING, amount.currency()).id()
            : payment.accountId();
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
    var refund =
        new Refund(
            approval.id(),
            order.id(),
            payment.id(),
            amount,
            approval.status(),
            approval.providerRef(),
            entry.id(),
            requestedBy,
            now);
    refunds.add(refund);
    return new Refunded(order.withPayment(payment.refund(amount, now), now), refund);
  }
}
