package dev.kassa.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class AccountHoldTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private static Account customerWith(long balance) {
    return Account.open(UserId.newId(), AccountType.CHECKING, EUR, "Daily", NOW).post(balance);
  }

  @Test
  void placingAHoldReducesTheAvailableBalanceButNotTheBalance() {
    var held = customerWith(1_000).placeHold(300);

    assertThat(held.balance()).isEqualTo(1_000);
    assertThat(held.held()).isEqualTo(300);
    assertThat(held.availableBalance()).isEqualTo(Money.of(700, EUR));
  }

  @Test
  void aHoldMayReserveExactlyTheAvailableBalance() {
    var held = customerWith(1_000).placeHold(400).placeHold(600);

    assertThat(held.availableBalance().isZero()).isTrue();
  }

  @Test
  void aCustomerCannotHoldMoreThanIsAvailable() {
    var account = customerWith(1_000).placeHold(600);

    assertThatThrownBy(() -> account.placeHold(401))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
  }

  @Test
  void aSystemAccountMayHoldBelowZero() {
    var held = Account.system(AccountType.PAYMENT_CLEARING, EUR, NOW).placeHold(500);

    assertThat(held.availableBalance()).isEqualTo(Money.of(-500, EUR));
  }

  @Test
  void aFrozenAccountCannotPlaceAHold() {
    var frozen = customerWith(1_000).changeStatus(AccountStatus.FROZEN);

    assertThatThrownBy(() -> frozen.placeHold(100))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
  }

  @Test
  void aHoldAmountMustBePositive() {
    var account = customerWith(1_000);

    assertThatThrownBy(() -> account.placeHold(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void releasingGivesTheAmountBackToTheAvailableBalance() {
    var released = customerWith(1_000).placeHold(300).releaseHold(200);

    assertThat(released.held()).isEqualTo(100);
    assertThat(released.balance()).isEqualTo(1_000);
  }

  @Test
  void aFrozenAccountMayStillReleaseAHold() {
    var frozen = customerWith(1_000).placeHold(300).changeStatus(AccountStatus.FROZEN);

    assertThat(frozen.releaseHold(300).held()).isZero();
  }

  @Test
  void heldNeverGoesBelowZero() {
    var account = customerWith(1_000).placeHold(300);

    assertThatThrownBy(() -> account.releaseHold(301)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.releaseHold(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
