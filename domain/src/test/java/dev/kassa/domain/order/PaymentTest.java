package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentChange;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.payment.ProviderIntent;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3_600);
  private static final Money PAID = Money.of(10_000, "EUR");

  private final AccountId account = AccountId.newId();
  private final EntryId entry = EntryId.newId();

  @Test
  void capturedFromAnAccountIsCapturedWithNothingRefunded() {
    var payment = Payment.capturedFromAccount(PAID, account, entry, NOW);

    assertThat(payment.id()).isNotNull();
    assertThat(payment.method()).isEqualTo(PaymentMethod.ACCOUNT);
    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.amount()).isEqualTo(PAID);
    assertThat(payment.refunded()).isEqualTo(Money.of(0, "EUR"));
    assertThat(payment.accountId()).isEqualTo(account);
    assertThat(payment.entryId()).isEqualTo(entry);
    assertThat(payment.createdAt()).isEqualTo(NOW);
    assertThat(payment.refundable()).isEqualTo(PAID);
  }

  @Test
  void nothingRefundedIsInThePaymentsCurrency() {
    var payment = Payment.capturedFromAccount(Money.of(500, "JPY"), account, entry, NOW);

    assertThat(payment.refunded()).isEqualTo(Money.of(0, "JPY"));
  }

  @Test
  void aPartialRefundThenTheRestRefundsEverything() {
    var payment = captured();

    var partly = payment.refund(Money.of(2_500, "EUR"), NOW);

    assertThat(partly.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(partly.refunded()).isEqualTo(Money.of(2_500, "EUR"));
    assertThat(partly.refundable()).isEqualTo(Money.of(7_500, "EUR"));

    var fully = partly.refund(Money.of(7_500, "EUR"), NOW);

    assertThat(fully.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(fully.refunded()).isEqualTo(PAID);
    assertThat(fully.refundable().isZero()).isTrue();
    assertThat(fully.id()).isEqualTo(payment.id());
    assertThat(fully.amount()).isEqualTo(PAID);
    assertThat(fully.accountId()).isEqualTo(account);
    assertThat(fully.entryId()).isEqualTo(entry);
    assertThat(fully.createdAt()).isEqualTo(NOW);
  }

  @Test
  void refundingTheWholeAmountAtOnceRefundsEverything() {
    var refunded = captured().refund(PAID, NOW);

    assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(refunded.refundable().isZero()).isTrue();
  }

  @Test
  void aRefundLeavesTheOriginalPaymentAsItWas() {
    var payment = captured();

    payment.refund(Money.of(1, "EUR"), NOW);

    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.refunded().isZero()).isTrue();
  }

  @Test
  void refusesToRefundMoreThanWasPaid() {
    assertThatThrownBy(() -> captured().refund(Money.of(10_001, "EUR"), NOW))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesToRefundMoreThanIsLeftAfterAPartialRefund() {
    var partly = captured().refund(Money.of(9_000, "EUR"), NOW);

    assertThatThrownBy(() -> partly.refund(Money.of(1_001, "EUR"), NOW))
        .isInstanceOf(ValidationException.class);
    assertThat(partly.refund(Money.of(1_000, "EUR"), NOW).status())
        .isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void refusesAnyRefundOnceEverythingWasRefunded() {
    var refunded = captured().refund(PAID, NOW);

    assertThatThrownBy(() -> refunded.refund(Money.of(1, "EUR"), NOW))
        .isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -10_000})
  void refusesARefundThatIsNotPositive(long minor) {
    var partly = captured().refund(Money.of(5_000, "EUR"), NOW);

    assertThatThrownBy(() -> partly.refund(Money.of(minor, "EUR"), NOW))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesARefundInAnotherCurrency() {
    assertThatThrownBy(() -> captured().refund(Money.of(100, "USD"), NOW))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void refundedMustBeInTheCurrencyOfTheAmount() {
    var payment = captured();

    assertThatThrownBy(
            () ->
                new Payment(
                    payment.id(),
                    payment.method(),
                    payment.provider(),
                    null,
                    payment.status(),
                    PAID,
                    Money.of(0, "USD"),
                    account,
                    null,
                    null,
                    entry,
                    null,
                    null,
                    payment.history(),
                    NOW))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aCardPaymentIsAuthorizedUntilCapturedAndRefundableOnlyThen() {
    var card = CardId.newId();
    var hold = HoldId.newId();
    var authorized = Payment.authorizedOnCard(PAID, account, card, hold, LATER, NOW);

    assertThat(authorized.method()).isEqualTo(PaymentMethod.CARD);
    assertThat(authorized.provider()).isEqualTo(Payment.IN_HOUSE);
    assertThat(authorized.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(authorized.holdId()).isEqualTo(hold);
    assertThat(authorized.cardId()).isEqualTo(card);
    assertThat(authorized.expiresAt()).isEqualTo(LATER);
    assertThat(authorized.refundable().isZero()).isTrue();

    var captured = authorized.captured(entry, LATER);

    assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(captured.entryId()).isEqualTo(entry);
    assertThat(captured.refundable()).isEqualTo(PAID);
    assertThat(captured.history())
        .containsExactly(
            new PaymentChange(PaymentStatus.AUTHORIZED, NOW),
            new PaymentChange(PaymentStatus.CAPTURED, LATER));
  }

  @Test
  void aVoidedAuthorizationCannotBeCapturedOrVoidedAgain() {
    var voided =
        Payment.authorizedOnCard(PAID, account, CardId.newId(), HoldId.newId(), LATER, NOW)
            .voided(LATER);

    assertThat(voided.status()).isEqualTo(PaymentStatus.VOIDED);
    assertThatThrownBy(() -> voided.voided(LATER))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void aPaymentAtAProviderIsPendingWithTheIntentsSecret() {
    var id = PaymentId.newId();
    var pending =
        Payment.pendingAtProvider(
            id, "simulated", new ProviderIntent("pi_1", "pi_1_secret_x"), PAID, LATER, NOW);

    assertThat(pending.id()).isEqualTo(id);
    assertThat(pending.method()).isEqualTo(PaymentMethod.GATEWAY);
    assertThat(pending.provider()).isEqualTo("simulated");
    assertThat(pending.providerRef()).isEqualTo("pi_1");
    assertThat(pending.clientSecret()).isEqualTo("pi_1_secret_x");
    assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(pending.failed(LATER).status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(pending.captured(entry, LATER).status()).isEqualTo(PaymentStatus.CAPTURED);
  }

  @Test
  void aPaymentGivenUpOnCanStillBeCapturedWhenTheProviderTookTheMoney() {
    var pending =
        Payment.pendingAtProvider(
            PaymentId.newId(), "simulated", new ProviderIntent("pi_2", "s"), PAID, LATER, NOW);

    var late = pending.voided(NOW).captured(entry, LATER);

    assertThat(late.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(late.history())
        .extracting(PaymentChange::status)
        .containsExactly(PaymentStatus.PENDING, PaymentStatus.VOIDED, PaymentStatus.CAPTURED);
  }

  @Test
  void onlyPendingAndAuthorizedPaymentsAreStillToBeCaptured() {
    assertThat(PaymentStatus.values())
        .filteredOn(PaymentStatus::isUncaptured)
        .containsExactly(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED);
  }

  @Test
  void aRefundedPaymentCannotBeCapturedAgain() {
    var refunded = captured().refund(PAID, NOW);

    assertThatThrownBy(() -> refunded.captured(entry, LATER)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aHistoryThatDoesNotEndWithTheStatusIsRefused() {
    var payment = captured();

    assertThatThrownBy(
            () ->
                new Payment(
                    payment.id(),
                    payment.method(),
                    payment.provider(),
                    null,
                    PaymentStatus.REFUNDED,
                    PAID,
                    PAID,
                    account,
                    null,
                    null,
                    entry,
                    null,
                    null,
                    payment.history(),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Payment captured() {
    return Payment.capturedFromAccount(PAID, account, entry, NOW);
  }
}
