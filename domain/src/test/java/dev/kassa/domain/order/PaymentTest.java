package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
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

    var partly = payment.refund(Money.of(2_500, "EUR"));

    assertThat(partly.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    assertThat(partly.refunded()).isEqualTo(Money.of(2_500, "EUR"));
    assertThat(partly.refundable()).isEqualTo(Money.of(7_500, "EUR"));

    var fully = partly.refund(Money.of(7_500, "EUR"));

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
    var refunded = captured().refund(PAID);

    assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(refunded.refundable().isZero()).isTrue();
  }

  @Test
  void aRefundLeavesTheOriginalPaymentAsItWas() {
    var payment = captured();

    payment.refund(Money.of(1, "EUR"));

    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.refunded().isZero()).isTrue();
  }

  @Test
  void refusesToRefundMoreThanWasPaid() {
    assertThatThrownBy(() -> captured().refund(Money.of(10_001, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToRefundMoreThanIsLeftAfterAPartialRefund() {
    var partly = captured().refund(Money.of(9_000, "EUR"));

    assertThatThrownBy(() -> partly.refund(Money.of(1_001, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(partly.refund(Money.of(1_000, "EUR")).status()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void refusesAnyRefundOnceEverythingWasRefunded() {
    var refunded = captured().refund(PAID);

    assertThatThrownBy(() -> refunded.refund(Money.of(1, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -10_000})
  void refusesARefundThatIsNotPositive(long minor) {
    var partly = captured().refund(Money.of(5_000, "EUR"));

    assertThatThrownBy(() -> partly.refund(Money.of(minor, "EUR")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesARefundInAnotherCurrency() {
    assertThatThrownBy(() -> captured().refund(Money.of(100, "USD")))
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
                    payment.status(),
                    PAID,
                    Money.of(0, "USD"),
                    account,
                    entry,
                    NOW))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  private Payment captured() {
    return Payment.capturedFromAccount(PAID, account, entry, NOW);
  }
}
