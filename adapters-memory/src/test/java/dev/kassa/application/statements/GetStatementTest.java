package dev.kassa.application.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.PostCashTransaction.Kind;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetStatementTest {

  private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

  private final BankWorld world = new BankWorld();
  private final GetStatement getStatement = world.getStatement();
  private final Actor alice = world.customer();
  private final Actor bob = world.customer();
  private final AccountId account = world.openAccount(alice).id();
  private final AccountId bobAccount = world.openAccount(bob).id();

  /**
   * March 10: +100.00; March 11: -15.00; March 12: +30.00 from Bob and -5.00 to Bob, the last one a
   * minute before midnight; March 14: +2.00. Bob's money arrives on March 10.
   */
  @BeforeEach
  void history() {
    world.deposit(alice, account, 10_000);
    world.deposit(bob, bobAccount, 5_000);
    moveTo("2025-03-11T08:00:00Z");
    cash(Kind.WITHDRAWAL, 1_500);
    moveTo("2025-03-12T00:00:00Z");
    world
        .transferMoney()
        .execute(bob, new TransferMoney.Command(bobAccount, account, eur(3_000), null));
    moveTo("2025-03-12T23:59:00Z");
    world
        .transferMoney()
        .execute(alice, new TransferMoney.Command(account, bobAccount, eur(500), null));
    moveTo("2025-03-14T12:00:00Z");
    cash(Kind.DEPOSIT, 200);
  }

  @Test
  void openingPlusCreditsMinusDebitsIsClosingOverAWindow() {
    var statement =
        getStatement.execute(alice, query(MARCH_10.plusDays(1), MARCH_10.plusDays(2))).statement();

    assertThat(statement.openingBalance()).isEqualTo(eur(10_000));
    assertThat(statement.totalCredits()).isEqualTo(eur(3_000));
    assertThat(statement.totalDebits()).isEqualTo(eur(2_000));
    assertThat(statement.closingBalance()).isEqualTo(eur(11_000));
    assertThat(statement.transactions())
        .extracting(line -> line.amount().minor())
        .containsExactly(-1_500L, 3_000L, -500L);
    assertThat(statement.transactions().getLast().balanceAfter())
        .isEqualTo(statement.closingBalance());
  }

  @Test
  void aDayWithoutLinesOpensAndClosesOnTheSameBalance() {
    var statement =
        getStatement.execute(alice, query(MARCH_10.plusDays(3), MARCH_10.plusDays(3))).statement();

    assertThat(statement.transactions()).isEmpty();
    assertThat(statement.openingBalance()).isEqualTo(eur(11_000));
    assertThat(statement.closingBalance()).isEqualTo(eur(11_000));
    assertThat(statement.totalCredits()).isEqualTo(eur(0));
  }

  @Test
  void consecutiveStatementsChain() {
    var first = getStatement.execute(alice, query(MARCH_10, MARCH_10.plusDays(1))).statement();
    var second =
        getStatement.execute(alice, query(MARCH_10.plusDays(2), MARCH_10.plusDays(4))).statement();

    assertThat(first.openingBalance()).isEqualTo(eur(0));
    assertThat(second.openingBalance()).isEqualTo(first.closingBalance());
    assertThat(second.closingBalance()).isEqualTo(eur(world.balance(account)));
  }

  @Test
  void withoutDatesItRunsFromTheOpeningDayToToday() {
    var ports = world.ports();
    var today = Clock.fixed(Instant.parse("2025-03-14T18:00:00Z"), ZoneOffset.UTC);
    var statement =
        new GetStatement(
                ports.transactions(), ports.accounts(), ports.ledger(), ports.orders(), today)
            .execute(alice, new GetStatement.Query(account, null, null))
            .statement();

    assertThat(statement.from()).isEqualTo(MARCH_10);
    assertThat(statement.to()).isEqualTo(MARCH_10.plusDays(4));
    assertThat(statement.openingBalance()).isEqualTo(eur(0));
    assertThat(statement.closingBalance()).isEqualTo(eur(11_200));
    assertThat(statement.transactions())
        .extracting(AccountTransaction::accountId)
        .containsOnly(account);
    assertThat(statement.transactions()).hasSize(5);
  }

  @Test
  void fromAfterToIsInvalid() {
    assertThatThrownBy(() -> getStatement.execute(alice, query(MARCH_10.plusDays(1), MARCH_10)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("from"));
  }

  @Test
  void aWindowLongerThanAYearIsInvalid() {
    assertThat(
            getStatement
                .execute(alice, query(MARCH_10, MARCH_10.plusDays(365)))
                .statement()
                .transactions())
        .hasSize(5);
    assertThatThrownBy(() -> getStatement.execute(alice, query(MARCH_10, MARCH_10.plusDays(366))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("to"));
  }

  @Test
  void anotherCustomersAccountIsNotFoundButAnAdminMayReadIt() {
    assertThatThrownBy(() -> getStatement.execute(bob, query(MARCH_10, MARCH_10)))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            getStatement
                .execute(world.admin(), query(MARCH_10, MARCH_10))
                .statement()
                .closingBalance())
        .isEqualTo(eur(10_000));
  }

  private void moveTo(String instant) {
    world.clock().advance(Duration.between(world.clock().instant(), Instant.parse(instant)));
  }

  private void cash(Kind kind, long minor) {
    world.cash().execute(alice, new PostCashTransaction.Command(account, kind, eur(minor), null));
  }

  private GetStatement.Query query(LocalDate from, LocalDate to) {
    return new GetStatement.Query(account, from, to);
  }

  private static Money eur(long minor) {
    return Money.of(minor, BankWorld.EUR);
  }
}
