package dev.kassa.application.payments;

import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;

/**
 * Gives up, inside the running unit of work, a payment whose money was never taken: a card
 * authorization releases its hold (unless the ledger's sweeper released it already), and an intent
 * still waiting at the provider is cancelled there once the unit of work commits.
 */
public final class PaymentRelease {

  private final Transactions transactions;
  private final Ledger ledger;
  private final PaymentSettings settings;

  public PaymentRelease(Transactions transactions, Ledger ledger, PaymentSettings settings) {
    this.transactions = transactions;
    this.ledger = ledger;
    this.settings = settings;
  }

  /**
   * The order with its payment voided; only for an uncaptured one ({@code authorized} or {@code
   * pending}).
   */
  public Order giveUp(Order order, Instant now) {
    var payment = order.payment();
    if (payment.status() == PaymentStatus.AUTHORIZED) {
      ledger
          .hold(payment.holdId())
          .filter(hold -> hold.status() == HoldStatus.PENDING)
          .ifPresent(hold -> ledger.voidHold(hold.id(), now));
    } else {
      ProviderCalls.cancelIntentAfterCommit(
          transactions, settings, payment, "cancel the intent of order " + order.id());
    }
    return order.withPayment(payment.voided(now), now);
  }
}
