package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.TestMoney.eur;
import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.LedgerFixture;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Every posting written maintains each index of the table, so an account's postings have one index,
 * and it serves both the history reads and the balance at an instant.
 */
class PostingIndexesTest {

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);
  private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);

  @Test
  void anAccountsPostingsHaveOneIndexCarryingTheAmounts() {
    var definitions =
        sql.fetch(
                "select indexdef from pg_indexes where tablename = 'postings'"
                    + " and indexdef like '%(account_id%'")
            .getValues(0, String.class);

    assertThat(definitions)
        .containsExactly(
            "CREATE INDEX postings_account_created_idx ON public.postings USING btree"
                + " (account_id, created_at, seq) INCLUDE (amount)");
  }

  @Test
  void theBalanceAtAnInstantIsAnIndexOnlyScan() {
    var owner = aUser().build();
    var account = anAccount().ownedBy(owner.id()).build();
    ports.transactions().run(() -> ports.users().add(owner));
    ports.transactions().run(() -> ports.accounts().add(account));
    var money = new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
    money.deposit(account.id(), eur(5));
    sql.execute("vacuum analyze postings");

    var plan =
        sql.transactionResult(
            transaction -> {
              var dsl = transaction.dsl();
              dsl.execute("set local enable_seqscan = off");
              dsl.execute("set local enable_bitmapscan = off");
              return String.join(
                  "\n",
                  dsl.fetch(
                          "explain select coalesce(sum(amount), 0) from postings"
                              + " where account_id = ? and created_at <= now()",
                          account.id().value())
                      .getValues(0, String.class));
            });

    assertThat(plan).contains("Index Only Scan using postings_account_created_idx");
  }
}
