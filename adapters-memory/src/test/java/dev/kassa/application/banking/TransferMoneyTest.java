package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.ledger.TransferStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.Test;

class TransferMoneyTest {

  private final BankWorld world = new BankWorld();
  private final TransferMoney transferMoney = world.transferMoney();
  private final Actor alice = world.customer();
  private final Actor bob = world.customer();
  private final AccountId aliceAccount = world.openAccount(alice).id();
  private final AccountId bobAccount = world.openAccount(bob).id();

  @Test
  void movesMoneyAndWritesBothLines() {
    world.deposit(alice, aliceAccount, 10_000);

    var transfer = transferMoney.execute(alice, command(aliceAccount, bobAccount, 2_500, "Rent"));

    assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
    assertThat(transfer.amount()).isEqualTo(eur(2_500));
    assertThat(transfer.description()).isEqualTo("Rent");
    assertThat(world.balance(aliceAccount)).isEqualTo(7_500);
    assertThat(world.balance(bobAccount)).isEqualTo(2_500);
    var out = world.linesOf(aliceAccount).getFirst();
    var in = world.linesOf(bobAccount).getFirst();
    assertThat(out.type()).isEqualTo(TransactionType.TRANSFER_OUT);
    assertThat(out.amount()).isEqualTo(eur(-2_500));
    assertThat(out.balanceAfter()).isEqualTo(eur(7_500));
    assertThat(in.type()).isEqualTo(TransactionType.TRANSFER_IN);
    assertThat(in.amount()).isEqualTo(eur(2_500));
    assertThat(in.balanceAfter()).isEqualTo(eur(2_500));
    assertThat(out.entryId()).isEqualTo(in.entryId()).isEqualTo(transfer.entryId());
    assertThat(out.reference().id()).isEqualTo(transfer.id().value());
    assertThat(world.ports().transfers().find(transfer.id())).contains(transfer);
  }

  @Test
  void transferFailsWhenFundsAreInsufficientAndChangesNothing() {
    world.deposit(alice, aliceAccount, 1_000);
    var aliceLines = world.linesOf(aliceAccount);

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, bobAccount, 1_001, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    assertThat(world.balance(aliceAccount)).isEqualTo(1_000);
    assertThat(world.balance(bobAccount)).isZero();
    assertThat(world.linesOf(aliceAccount)).isEqualTo(aliceLines);
    assertThat(world.linesOf(bobAccount)).isEmpty();
    assertThat(world.ports().transfers().pageInvolving(alice.id(), PageRequest.defaults()).items())
        .isEmpty();
  }

  @Test
  void transferBetweenCurrenciesIsRefused() {
    var dollars = world.openAccount(bob, BankWorld.USD).id();
    world.deposit(alice, aliceAccount, 1_000);

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, dollars, 100, null)))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () ->
                transferMoney.execute(
                    alice,
                    new TransferMoney.Command(
                        aliceAccount, bobAccount, Money.of(100, BankWorld.USD), null)))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThat(world.balance(aliceAccount)).isEqualTo(1_000);
  }

  @Test
  void transferToTheSameAccountIsInvalid() {
    assertThatThrownBy(() -> command(aliceAccount, aliceAccount, 100, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("toAccountId"));
  }

  @Test
  void amountMustBePositive() {
    assertThatThrownBy(() -> command(aliceAccount, bobAccount, 0, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void everyProblemOfACommandIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                new TransferMoney.Command(aliceAccount, aliceAccount, eur(-1), "x".repeat(10_000)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("toAccountId", "amount", "description"));
  }

  @Test
  void missingPartsOfACommandAreValidationProblemsNotNullPointers() {
    assertThatThrownBy(() -> new TransferMoney.Command(null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys("fromAccountId", "toAccountId", "amount")
                    .containsValue("is required"));
  }

  @Test
  void missingDestinationIsNotFound() {
    world.deposit(alice, aliceAccount, 1_000);

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, AccountId.newId(), 100, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(aliceAccount)).isEqualTo(1_000);
  }

  @Test
  void systemAccountIsNotAValidDestination() {
    world.deposit(alice, aliceAccount, 1_000);
    var cash = world.ports().accounts().systemAccount(AccountType.CASH, BankWorld.EUR);

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, cash.id(), 100, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void frozenDestinationIsNotActive() {
    world.deposit(alice, aliceAccount, 1_000);
    world
        .updateAccount()
        .execute(bob, bobAccount, new UpdateAccount.Command(null, AccountStatus.FROZEN));

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, bobAccount, 100, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThat(world.balance(aliceAccount)).isEqualTo(1_000);
  }

  @Test
  void frozenSourceIsNotActive() {
    world.deposit(alice, aliceAccount, 1_000);
    world
        .updateAccount()
        .execute(alice, aliceAccount, new UpdateAccount.Command(null, AccountStatus.FROZEN));

    assertThatThrownBy(
            () -> transferMoney.execute(alice, command(aliceAccount, bobAccount, 100, null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
  }

  @Test
  void onlyTheOwnerMaySendFromAnAccountNotEvenAnAdmin() {
    world.deposit(alice, aliceAccount, 1_000);

    assertThatThrownBy(
            () -> transferMoney.execute(bob, command(aliceAccount, bobAccount, 100, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                transferMoney.execute(world.admin(), command(aliceAccount, bobAccount, 100, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.balance(aliceAccount)).isEqualTo(1_000);
  }

  @Test
  void bothPartiesSeeTheTransferInTheirList() {
    world.deposit(alice, aliceAccount, 1_000);
    var transfer = transferMoney.execute(alice, command(aliceAccount, bobAccount, 100, null));
    var carol = world.customer();

    assertThat(world.listTransfers().execute(alice, PageRequest.defaults()).items())
        .containsExactly(transfer);
    assertThat(world.listTransfers().execute(bob, PageRequest.defaults()).items())
        .containsExactly(transfer);
    assertThat(world.listTransfers().execute(carol, PageRequest.defaults()).items()).isEmpty();
  }

  private static TransferMoney.Command command(
      AccountId from, AccountId to, long minor, String description) {
    return new TransferMoney.Command(from, to, eur(minor), description);
  }

  private static Money eur(long minor) {
    return Money.of(minor, BankWorld.EUR);
  }
}
