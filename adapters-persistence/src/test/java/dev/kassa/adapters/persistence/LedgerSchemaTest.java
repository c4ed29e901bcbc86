package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.ledger.Reference;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The schema guards money on its own, whatever code writes to it; and {@code verify()} finds what a
 * writer that bypassed the ledger broke. Each test corrupts a database of its own.
 */
class LedgerSchemaTest {

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
  private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);

  @Test
  void databaseRefusesACustomerAccountBelowZero() {
    var account = newAccount();
    money.deposit(account.id(), eur(5));

    assertThatThrownBy(
            () ->
                sql.execute("update accounts set balance = -1 where id = ?", account.id().value()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("accounts_customer_not_overdrawn");
    assertThatThrownBy(
            () -> sql.execute("update accounts set held = 600 where id = ?", account.id().value()))
        .hasMessageContaining("accounts_customer_not_overdrawn");
  }

  @Test
  void ledgerRowsCannotBeChangedOrDeleted() {
    var account = newAccount();
    money.deposit(account.id(), eur(5));

    assertThatThrownBy(() -> sql.execute("update postings set amount = amount * 2"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> sql.execute("delete from postings"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> sql.execute("delete from journal_entries"))
        .hasMessageContaining("append-only");
  }

  @Test
  void thereIsOneSystemAccountPerTypeAndCurrency() {
    ports.accounts().systemAccount(AccountType.CASH, TestMoney.EUR);
    var duplicate = Account.system(AccountType.CASH, TestMoney.EUR, TestTime.now());

    assertThatThrownBy(() -> ports.accounts().add(duplicate))
        .hasMessageContaining("accounts_system_type_currency_key");
  }

  @Test
  void verifyIsCleanForLedgerActivityAndCountsEverything() {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(30));
    money.transfer(a.id(), b.id(), eur(10), TestTime.now());

    var verification = ports.ledger().verify();

    assertThat(verification.ok()).isTrue();
    assertThat(verification.checkedAccounts()).isEqualTo(3);
    assertThat(verification.checkedEntries()).isEqualTo(2);
  }

  @Test
  void verifyReportsBalancesThatDifferFromTheirPostings() {
    var account = newAccount();
    money.deposit(account.id(), eur(30));
    sql.execute("update accounts set balance = balance + 1 where id = ?", account.id().value());

    var problems = ports.ledger().verify().problems();

    assertThat(problems)
        .containsExactly(
            "account " + account.id() + " has balance 3001 but its postings sum to 3000");
  }

  @Test
  void verifyReportsEntriesThatDoNotBalance() {
    var account = newAccount();
    var bystander = newAccount();
    var posted = money.deposit(account.id(), eur(30));
    sql.execute(
        "insert into postings (id, entry_id, account_id, owner_id, type, amount, currency,"
            + " balance_after, reference_kind, reference_id, created_at)"
            + " select gen_random_uuid(), entry_id, ?, owner_id, type, 7, currency, 7,"
            + " reference_kind, reference_id, created_at from postings where id = ?",
        bystander.id().value(),
        posted.lineFor(account.id()).id().value());

    var problems = ports.ledger().verify().problems();

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "entry " + posted.entry().id() + " does not balance: its postings sum to 7",
            "account " + bystander.id() + " has balance 0 but its postings sum to 7");
  }

  @Test
  void verifyReportsCustomerAccountsBelowZero() {
    var account = newAccount();
    sql.execute("alter table accounts drop constraint accounts_customer_not_overdrawn");
    sql.execute("update accounts set held = 5 where id = ?", account.id().value());

    var verification = ports.ledger().verify();

    assertThat(verification.ok()).isFalse();
    assertThat(verification.problems())
        .containsExactlyInAnyOrder(
            "customer account " + account.id() + " is below zero: balance 0, held 5",
            "account " + account.id() + " has held 5 but its pending holds sum to 0");
  }

  @Test
  void verifyReportsHeldThatDiffersFromThePendingHolds() {
    var account = newAccount();
    money.deposit(account.id(), eur(30));
    var now = TestTime.now();
    ports
        .transactions()
        .run(
            () ->
                ports
                    .ledger()
                    .placeHold(
                        account.id(),
                        eur(10),
                        new Reference("order", UUID.randomUUID()),
                        null,
                        now,
                        now.plusSeconds(60)));
    sql.execute("update accounts set held = 4 where id = ?", account.id().value());

    assertThat(ports.ledger().verify().problems())
        .containsExactly(
            "account " + account.id() + " has held 4 but its pending holds sum to 1000");
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }
}
