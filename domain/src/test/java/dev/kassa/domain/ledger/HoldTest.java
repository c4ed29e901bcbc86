package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HoldTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant EXPIRES = NOW.plusSeconds(3_600);

  private static Hold pending(long amount) {
    return Hold.place(
        AccountId.newId(),
        Money.of(amount, EUR),
        new Reference("order", UUID.randomUUID()),
        "Card hold",
        NOW,
        EXPIRES);
  }

  private static void assertRefusedFrom(Hold hold, UnaryOperator<Hold> step) {
    assertThatThrownBy(() -> step.apply(hold))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void placesAPendingHoldWithNothingCaptured() {
    var hold = pending(1_000);

    assertThat(hold.status()).isEqualTo(HoldStatus.PENDING);
    assertThat(hold.capturedAmount()).isEqualTo(Money.zero(EUR));
    assertThat(hold.createdAt()).isEqualTo(NOW);
    assertThat(hold.expiresAt()).isEqualTo(EXPIRES);
  }

  @Test
  void capturesTheWholeAmount() {
    var captured = pending(1_000).capture(Money.of(1_000, EUR));

    assertThat(captured.status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(captured.capturedAmount()).isEqualTo(Money.of(1_000, EUR));
  }

  @Test
  void capturesPartOfTheAmount() {
    var captured = pending(1_000).capture(Money.of(250, EUR));

    assertThat(captured.status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(captured.capturedAmount()).isEqualTo(Money.of(250, EUR));
    assertThat(captured.amount()).isEqualTo(Money.of(1_000, EUR));
  }

  @Test
  void refusesToCaptureNothingMoreThanTheHoldOrAnotherCurrency() {
    var hold = pending(1_000);

    assertThatThrownBy(() -> hold.capture(Money.of(0, EUR)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> hold.capture(Money.of(1_001, EUR)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> hold.capture(Money.of(100, "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void voids() {
    var voided = pending(1_000).voided();

    assertThat(voided.status()).isEqualTo(HoldStatus.VOIDED);
    assertThat(voided.capturedAmount()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void expiresOnceItsTimeHasCome() {
    var hold = pending(1_000);

    assertThat(hold.isDueAt(EXPIRES.minusMillis(1))).isFalse();
    assertThat(hold.isDueAt(EXPIRES)).isTrue();
    assertThat(hold.expire(EXPIRES).status()).isEqualTo(HoldStatus.EXPIRED);
  }

  @Test
  void doesNotExpireEarly() {
    var hold = pending(1_000);

    assertThatThrownBy(() -> hold.expire(EXPIRES.minusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesASecondCapture() {
    var captured = pending(1_000).capture(Money.of(400, EUR));

    assertRefusedFrom(captured, hold -> hold.capture(Money.of(400, EUR)));
    assertThat(captured.isDueAt(EXPIRES)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = HoldStatus.class,
      names = {"CAPTURED", "VOIDED", "EXPIRED"})
  void aHoldThatHasEndedCannotEndAgain(HoldStatus end) {
    var ended =
        switch (end) {
          case CAPTURED -> pending(1_000).capture(Money.of(1_000, EUR));
          case VOIDED -> pending(1_000).voided();
          default -> pending(1_000).expire(EXPIRES);
        };

    assertRefusedFrom(ended, hold -> hold.capture(Money.of(1, EUR)));
    assertRefusedFrom(ended, Hold::voided);
    assertRefusedFrom(ended, hold -> hold.expire(EXPIRES));
  }

  @Test
  void mustExpireAfterItIsCreated() {
    assertThatThrownBy(
            () ->
                Hold.place(
                    AccountId.newId(),
                    Money.of(1, EUR),
                    new Reference("order", UUID.randomUUID()),
                    null,
                    NOW,
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusCodesRoundTrip() {
    for (var status : HoldStatus.values()) {
      assertThat(HoldStatus.parse(status.code())).isEqualTo(status);
    }
  }
}
