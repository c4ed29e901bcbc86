package dev.kassa.domain.payment;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The payment of an order, with every status it went through.
 *
 * <ul>
 *   <li>{@code account}: {@code accountId} paid at once; {@code entryId} moved the money.
 *   <li>{@code card}: a hold ({@code holdId}) on the card's account {@code accountId}, captured
 *       into {@code entryId} when the order ships; the authorization lapses at {@code expiresAt}.
 *   <li>{@code gateway}: the {@code provider}'s intent {@code providerRef}, which the buyer pays
 *       with {@code clientSecret} before {@code expiresAt}; {@code entryId} records the settlement.
 * </ul>
 *
 * {@code refunded} is how much went back.
 */
public record Payment(
    PaymentId id,
    PaymentMethod method,
    String provider,
    String providerRef,
    PaymentStatus status,
    Money amount,
    Money refunded,
    AccountId accountId,
    CardId cardId,
    HoldId holdId,
    EntryId entryId,
    String clientSecret,
    Instant expiresAt,
    List<PaymentChange> history,
    Instant createdAt) {

  /** The provider of payments Kassa settles itself: account and card payments. */
  public static final String IN_HOUSE = "kassa";

  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(refunded, "refunded");
    Objects.requireNonNull(createdAt, "createdAt");
    refunded.requireSameCurrency(amount);
    history = List.copyOf(history);
    if (!amount.isPositive() || refunded.isNegative() || amount.isLessThan(refunded)) {
      throw new IllegalArgumentException("a payment is positive and refunds stay within it");
    }
    if (history.isEmpty() || history.getLast().status() != status) {
      throw new IllegalArgumentException("a payment's history ends with its status");
    }
  }

  /** Money taken from a Kassa account at once. */
  public static Payment capturedFromAccount(
      Money amount, AccountId account, EntryId entry, Instant now) {
    return started(
        PaymentId.newId(),
        PaymentMethod.ACCOUNT,
        IN_HOUSE,
        null,
        PaymentStatus.CAPTURED,
        amount,
        account,
        null,
        null,
        entry,
        null,
        null,
        now);
  }

  /** Money held on the card's account until the order ships or the authorization lapses. */
  public static Payment authorizedOnCard(
      Money amount, AccountId account, CardId card, HoldId hold, Instant expiresAt, Instant now) {
    return started(
        PaymentId.newId(),
        PaymentMethod.CARD,
        IN_HOUSE,
        null,
        PaymentStatus.AUTHORIZED,
        amount,
        account,
        card,
        hold,
        null,
        null,
        expiresAt,
        now);
  }

  /** A payment the buyer still has to make at the provider, before {@code expiresAt}. */
  public static Payment pendingAtProvider(
      PaymentId id,
      String provider,
      ProviderIntent intent,
      Money amount,
      Instant expiresAt,
      Instant now) {
    return awaitingIntent(id, provider, amount, expiresAt, now).withIntent(intent);
  }

  /**
   * A gateway payment reserved before its intent exists at the provider: the intent is created once
   * the reservation has committed ({@link #withIntent}), so that no lock waits on the provider.
   */
  public static Payment awaitingIntent(
      PaymentId id, String provider, Money amount, Instant expiresAt, Instant now) {
    return started(
        id,
        PaymentMethod.GATEWAY,
        provider,
        null,
        PaymentStatus.PENDING,
        amount,
        null,
        null,
        null,
        null,
        null,
        expiresAt,
        now);
  }

  /** Whether this gateway payment is reserved but its intent is not opened at the provider yet. */
  public boolean awaitsIntent() {
    return method == PaymentMethod.GATEWAY
        && status == PaymentStatus.PENDING
        && providerRef == null;
  }

  /** The payment with its intent opened at the provider; only while it {@link #awaitsIntent}. */
  public Payment withIntent(ProviderIntent intent) {
    if (!awaitsIntent()) {
      throw ConflictException.invalidStateTransition(status.code(), "pending");
    }
    return new Payment(
        id,
        method,
        provider,
        intent.id(),
        status,
        amount,
        refunded,
        accountId,
        cardId,
        holdId,
        entryId,
        intent.clientSecret(),
        expiresAt,
        history,
        createdAt);
  }

  public Money refundable() {
    return status.isRefundable() ? amount.minus(refunded) : Money.zero(amount.currency());
  }

  /** The money was taken; {@code entry} recorded it in the ledger. */
  public Payment captured(EntryId entry, Instant now) {
    return moveTo(PaymentStatus.CAPTURED, refunded, entry, now);
  }

  public Payment failed(Instant now) {
    return moveTo(PaymentStatus.FAILED, refunded, entryId, now);
  }

  /** The authorization or the pending payment was given up; no money moved. */
  public Payment voided(Instant now) {
    return moveTo(PaymentStatus.VOIDED, refunded, entryId, now);
  }

  /**
   * Records {@code more} money given back: positive, and at most {@link #refundable()}.
   *
   * @throws ValidationException on {@code amount} otherwise
   */
  public Payment refund(Money more, Instant now) {
    more.requireSameCurrency(amount);
    if (!more.isPositive() || refundable().isLessThan(more)) {
      throw ValidationException.of(
          "amount", "must be positive and at most " + refundable().minor() + ", what is left");
    }
    var total = refunded.plus(more);
    var next = total.equals(amount) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    return moveTo(next, total, entryId, now);
  }

  private Payment moveTo(PaymentStatus target, Money newRefunded, EntryId entry, Instant now) {
    var changed = new ArrayList<>(history);
    changed.add(new PaymentChange(status.moveTo(target), now));
    return new Payment(
        id,
        method,
        provider,
        providerRef,
        target,
        amount,
        newRefunded,
        accountId,
        cardId,
        holdId,
        entry,
        clientSecret,
        expiresAt,
        changed,
        createdAt);
  }

  private static Payment started(
      PaymentId id,
      PaymentMethod method,
      String provider,
      String providerRef,
      PaymentStatus status,
      Money amount,
      AccountId account,
      CardId card,
      HoldId hold,
      EntryId entry,
      String clientSecret,
      Instant expiresAt,
      Instant now) {
    return new Payment(
        id,
        method,
        provider,
        providerRef,
        status,
        amount,
        Money.zero(amount.currency()),
        account,
        card,
        hold,
        entry,
        clientSecret,
        expiresAt,
        List.of(new PaymentChange(status, now)),
        now);
  }
}
