package dev.kassa.domain.order;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment of an order. For an account payment, {@code accountId} is the paying account and
 * {@code entryId} the journal entry that moved the money; {@code refunded} is how much went back.
 */
public record Payment(
    PaymentId id,
    PaymentMethod method,
    PaymentStatus status,
    Money amount,
    Money refunded,
    AccountId accountId,
    EntryId entryId,
    Instant createdAt) {

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(refunded, "refunded");
    Objects.requireNonNull(createdAt, "createdAt");
    refunded.requireSameCurrency(amount);
  }

  /** Money taken from a Kassa account at once. */
  public static Payment capturedFromAccount(
      Money amount, AccountId account, EntryId entry, Instant now) {
    return new Payment(
        PaymentId.newId(),
        PaymentMethod.ACCOUNT,
        PaymentStatus.CAPTURED,
        amount,
        Money.zero(amount.currency()),
        account,
        entry,
        now);
  }

  public Money refundable() {
    return amount.minus(refunded);
  }

  /** Records {@code more} money given back. */
  public Payment refund(Money more) {
    var total = refunded.plus(more);
    if (total.compareTo(amount) > 0 || !more.isPositive()) {
      throw new IllegalArgumentException("refund must be positive and within the amount paid");
    }
    var status = total.equals(amount) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    return new Payment(id, method, status, amount, total, accountId, entryId, createdAt);
  }
}
