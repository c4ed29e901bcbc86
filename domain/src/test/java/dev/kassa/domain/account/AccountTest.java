package dev.kassa.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private final UserId owner = UserId.newId();

  @Test
  void opensEmptyAndActiveForItsOwner() {
    var account = Account.open(owner, AccountType.CHECKING, EUR, "Daily", NOW);

    assertThat(account.ownerId()).isEqualTo(owner);
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.balance()).isZero();
    assertThat(account.held()).isZero();
    assertThat(account.createdAt()).isEqualTo(NOW);
    assertThat(account.isSystem()).isFalse();
  }

  @Test
  void opensWithADefaultNameNamingTypeAndCurrency() {
    assertThat(Account.open(owner, AccountType.CHECKING, EUR, null, NOW).name())
        .isEqualTo("Checking EUR");
    assertThat(Account.open(owner, AccountType.SAVINGS, EUR, "   ", NOW).name())
        .isEqualTo("Savings EUR");
    assertThat(Account.system(AccountType.MERCHANT_REVENUE, EUR, NOW).name())
        .isEqualTo("Merchant revenue EUR");
  }

  @Test
  void opensWithTheGivenNameStripped() {
    assertThat(Account.open(owner, AccountType.SAVINGS, EUR, "  Holiday  ", NOW).name())
        .isEqualTo("Holiday");
  }

  @Test
  void customersCannotOpenSystemAccounts() {
    assertThatThrownBy(() -> Account.open(owner, AccountType.CASH, EUR, null, NOW))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesANameOverTheLimit() {
    var tooLong = "n".repeat(Account.MAX_NAME_LENGTH + 1);

    assertThatThrownBy(() -> Account.open(owner, AccountType.CHECKING, EUR, tooLong, NOW))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("name"));
    assertThat(Account.open(owner, AccountType.CHECKING, EUR, "n".repeat(100), NOW).name())
        .hasSize(Account.MAX_NAME_LENGTH);
  }

  @Test
  void systemAccountsAndOnlyThemHaveNoOwner() {
    var cash = Account.system(AccountType.CASH, EUR, NOW);

    assertThat(cash.ownerId()).isNull();
    assertThat(cash.isSystem()).isTrue();
    assertThatThrownBy(() -> Account.system(AccountType.CHECKING, EUR, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> withBalance(cash, 0, 0, AccountStatus.ACTIVE, owner))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void creditIncreasesTheBalance() {
    var account = open().post(500);

    assertThat(account.balance()).isEqualTo(500);
    assertThat(account.balanceMoney()).isEqualTo(Money.of(500, EUR));
  }

  @Test
  void customerMaySpendItsWholeBalance() {
    assertThat(open().post(500).post(-500).balance()).isZero();
  }

  @Test
  void customerOverdraftIsRefusedWithInsufficientFunds() {
    var account = open().post(500);

    assertThatThrownBy(() -> account.post(-501))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("insufficient_funds");
              assertThat(e.details()).containsEntry("accountId", account.id().toString());
            });
  }

  @Test
  void holdsReduceWhatCanBeSpent() {
    var account = withBalance(open(), 1000, 300, AccountStatus.ACTIVE, owner);

    assertThat(account.availableBalance()).isEqualTo(Money.of(700, EUR));
    assertThat(account.post(-700).balance()).isEqualTo(300);
    assertThatThrownBy(() -> account.post(-701))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
  }

  @Test
  void systemAccountMayGoBelowZero() {
    var cash = Account.system(AccountType.CASH, EUR, NOW).post(-10_000);

    assertThat(cash.balance()).isEqualTo(-10_000);
  }

  @Test
  void frozenAndClosedAccountsRefuseMoneyBothWays() {
    for (var status : new AccountStatus[] {AccountStatus.FROZEN, AccountStatus.CLOSED}) {
      var account = withBalance(open(), 100, 0, status, owner);

      for (long delta : new long[] {50, -50}) {
        assertThatThrownBy(() -> account.post(delta))
            .as("%s account, delta %d", status, delta)
            .isInstanceOfSatisfying(
                ConflictException.class,
                e -> {
                  assertThat(e.code()).isEqualTo("account_not_active");
                  assertThat(e.details()).containsEntry("status", status.code());
                });
      }
    }
  }

  @Test
  void aPostingThatWouldOverflowTheBalanceIsBalanceLimitExceeded() {
    var rich = withBalance(open(), Long.MAX_VALUE, 0, AccountStatus.ACTIVE, owner);

    assertThatThrownBy(() -> rich.post(1))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("balance_limit_exceeded");
              assertThat(e.details()).containsEntry("accountId", rich.id().toString());
            });
    assertThat(rich.balance()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void manyDepositsAtTheLargestAmountEndInBalanceLimitExceededOnBothSides() {
    var customer =
        withBalance(open(), Long.MAX_VALUE - Money.MAX_AMOUNT + 1, 0, AccountStatus.ACTIVE, owner);
    var cash =
        Account.system(AccountType.CASH, EUR, NOW).post(Long.MIN_VALUE + Money.MAX_AMOUNT - 1);

    assertThatThrownBy(() -> customer.post(Money.MAX_AMOUNT))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("balance_limit_exceeded"));
    assertThatThrownBy(() -> cash.post(-Money.MAX_AMOUNT))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("balance_limit_exceeded"));
    assertThat(customer.post(Money.MAX_AMOUNT - 1).balance()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void postingReturnsANewAccountAndLeavesTheOldOneUnchanged() {
    var before = open();
    var after = before.post(10);

    assertThat(before.balance()).isZero();
    assertThat(after.id()).isEqualTo(before.id());
  }

  @Test
  void closesOnlyWhenEmpty() {
    var withMoney = open().post(1);
    var withHold = withBalance(open(), 0, 5, AccountStatus.ACTIVE, owner);

    assertThatThrownBy(withMoney::close)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_empty"));
    assertThatThrownBy(withHold::close)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_empty"));
    assertThat(open().close().status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void aFrozenEmptyAccountCloses() {
    var frozen = open().changeStatus(AccountStatus.FROZEN);

    assertThat(frozen.close().status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void closingTwiceIsAnInvalidTransition() {
    var closed = open().close();

    assertThatThrownBy(closed::close)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void freezesAndUnfreezes() {
    var frozen = open().changeStatus(AccountStatus.FROZEN);

    assertThat(frozen.status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(frozen.changeStatus(AccountStatus.ACTIVE).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void changeStatusDoesNotClose() {
    assertThatThrownBy(() -> open().changeStatus(AccountStatus.CLOSED))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("status"));
  }

  @Test
  void aClosedAccountStaysClosed() {
    var closed = open().close();

    for (var target : new AccountStatus[] {AccountStatus.ACTIVE, AccountStatus.FROZEN}) {
      assertThatThrownBy(() -> closed.changeStatus(target))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    }
  }

  @Test
  void statusChangesKeepBalanceAndHolds() {
    var account = withBalance(open(), 900, 100, AccountStatus.ACTIVE, owner);
    var frozen = account.changeStatus(AccountStatus.FROZEN);

    assertThat(frozen.balance()).isEqualTo(900);
    assertThat(frozen.held()).isEqualTo(100);
  }

  @Test
  void renameStripsAndValidates() {
    var account = open();

    assertThat(account.rename("  Groceries ").name()).isEqualTo("Groceries");
    assertThatThrownBy(() -> account.rename(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> account.rename(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> account.rename("x".repeat(Account.MAX_NAME_LENGTH + 1)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aClosedAccountCannotBeRenamed() {
    var closed = open().close();

    assertThatThrownBy(() -> closed.rename("Other"))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
  }

  @Test
  void refusesNegativeHolds() {
    assertThatThrownBy(() -> withBalance(open(), 0, -1, AccountStatus.ACTIVE, owner))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesOnlyCustomerTypes() {
    assertThat(AccountType.parseCustomerType("checking")).isEqualTo(AccountType.CHECKING);
    assertThat(AccountType.parseCustomerType("savings")).isEqualTo(AccountType.SAVINGS);
    assertThatThrownBy(() -> AccountType.parseCustomerType("cash"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> AccountType.parseCustomerType(null))
        .isInstanceOf(ValidationException.class);
  }

  private Account open() {
    return Account.open(owner, AccountType.CHECKING, EUR, null, NOW);
  }

  private static Account withBalance(
      Account account, long balance, long held, AccountStatus status, UserId owner) {
    return new Account(
        account.id(),
        owner,
        account.type(),
        account.currency(),
        account.name(),
        status,
        balance,
        held,
        account.createdAt());
  }
}
