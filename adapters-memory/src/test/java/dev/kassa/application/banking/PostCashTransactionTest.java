package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.banking.PostCashTransaction.Kind;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.Test;

class PostCashTransactionTest {

  private final BankWorld world = new BankWorld();
  private final PostCashTransaction cash = world.cash();
  private final Actor alice = world.customer();
  private final AccountId account = world.openAccount(alice).id();

  @Test
  void depositWritesAPositiveLineWithTheNewBalance() {
    var line = cash.execute(alice, command(Kind.DEPOSIT, 1_050, " Salary "));

    assertThat(line.accountId()).isEqualTo(account);
    assertThat(line.type()).isEqualTo(TransactionType.DEPOSIT);
    assertThat(line.amount()).isEqualTo(eur(1_050));
    assertThat(line.balanceAfter()).isEqualTo(eur(1_050));
    assertThat(line.description()).isEqualTo("Salary");
    assertThat(line.createdAt()).isEqualTo(world.clock().instant());
    assertThat(world.balance(account)).isEqualTo(1_050);
  }

  @Test
  void withdrawalWritesANegativeLineWithTheNewBalance() {
    cash.execute(alice, command(Kind.DEPOSIT, 1_000, null));

    var line = cash.execute(alice, command(Kind.WITHDRAWAL, 300, null));

    assertThat(line.type()).isEqualTo(TransactionType.WITHDRAWAL);
    assertThat(line.amount()).isEqualTo(eur(-300));
    assertThat(line.balanceAfter()).isEqualTo(eur(700));
    assertThat(world.balance(account)).isEqualTo(700);
  }

  @Test
  void theCashSystemAccountTakesTheOtherSide() {
    cash.execute(alice, command(Kind.DEPOSIT, 1_000, null));
    cash.execute(alice, command(Kind.WITHDRAWAL, 400, null));
    var cashAccount = world.ports().accounts().systemAccount(AccountType.CASH, BankWorld.EUR);

    assertThat(cashAccount.balance()).isEqualTo(-600);
    assertThat(world.verifyLedger().execute(world.admin()).ok()).isTrue();
  }

  @Test
  void overdraftIsRefusedAndChangesNothing() {
    cash.execute(alice, command(Kind.DEPOSIT, 100, null));
    var linesBefore = world.linesOf(account);

    assertThatThrownBy(() -> cash.execute(alice, command(Kind.WITHDRAWAL, 101, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    assertThat(world.balance(account)).isEqualTo(100);
    assertThat(world.linesOf(account)).isEqualTo(linesBefore);
    assertThat(world.ports().accounts().systemAccount(AccountType.CASH, BankWorld.EUR).balance())
        .isEqualTo(-100);
  }

  @Test
  void anAmountAboveTheLargestOneARequestMayMoveIsInvalid() {
    for (var minor : new long[] {Money.MAX_AMOUNT + 1, Long.MAX_VALUE}) {
      assertThatThrownBy(() -> command(Kind.DEPOSIT, minor, null))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.problems())
                      .containsEntry("amount", "must be at most " + Money.MAX_AMOUNT));
    }
    assertThat(cash.execute(alice, command(Kind.DEPOSIT, Money.MAX_AMOUNT, null)).amount())
        .isEqualTo(eur(Money.MAX_AMOUNT));
  }

  @Test
  void depositsThatWouldOverflowTheBalanceAreBalanceLimitExceededAndChangeNothing() {
    var fits = Long.MAX_VALUE / Money.MAX_AMOUNT;
    for (var i = 0; i < fits; i++) {
      cash.execute(alice, command(Kind.DEPOSIT, Money.MAX_AMOUNT, null));
    }
    var linesBefore = world.linesOf(account);

    assertThatThrownBy(() -> cash.execute(alice, command(Kind.DEPOSIT, Money.MAX_AMOUNT, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("balance_limit_exceeded"));
    assertThat(world.balance(account)).isEqualTo(fits * Money.MAX_AMOUNT);
    assertThat(world.linesOf(account)).isEqualTo(linesBefore);
    assertThat(world.verifyLedger().execute(world.admin()).ok()).isTrue();
  }

  @Test
  void amountInAnotherCurrencyIsRefused() {
    var dollars =
        new PostCashTransaction.Command(account, Kind.DEPOSIT, Money.of(100, BankWorld.USD), null);

    assertThatThrownBy(() -> cash.execute(alice, dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasFieldOrPropertyWithValue("code", "currency_mismatch");
    assertThat(world.balance(account)).isZero();
  }

  @Test
  void frozenAccountIsRefused() {
    world
        .updateAccount()
        .execute(alice, account, new UpdateAccount.Command(null, AccountStatus.FROZEN));

    assertThatThrownBy(() -> cash.execute(alice, command(Kind.DEPOSIT, 100, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThat(world.linesOf(account)).isEmpty();
  }

  @Test
  void anotherCustomersAccountIsNotFound() {
    assertThatThrownBy(() -> cash.execute(world.customer(), command(Kind.DEPOSIT, 100, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(account)).isZero();
  }

  @Test
  void anAdminCannotMoveMoneyOnSomeoneElsesAccount() {
    cash.execute(alice, command(Kind.DEPOSIT, 500, null));

    assertThatThrownBy(() -> cash.execute(world.admin(), command(Kind.WITHDRAWAL, 100, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(account)).isEqualTo(500);
  }

  @Test
  void amountMustBePositive() {
    assertThatThrownBy(() -> command(Kind.DEPOSIT, 0, null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> command(Kind.DEPOSIT, -5, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void descriptionOverTheLimitIsRefusedAndBlankBecomesNone() {
    assertThatThrownBy(() -> command(Kind.DEPOSIT, 1, "x".repeat(501)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("description"));
    assertThat(command(Kind.DEPOSIT, 1, "   ").description()).isNull();
  }

  private PostCashTransaction.Command command(Kind kind, long minor, String description) {
    return new PostCashTransaction.Command(account, kind, eur(minor), description);
  }

  private static Money eur(long minor) {
    return Money.of(minor, BankWorld.EUR);
  }
}
