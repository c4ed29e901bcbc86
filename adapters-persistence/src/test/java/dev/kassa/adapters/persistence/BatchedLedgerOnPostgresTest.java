package dev.kassa.adapters.persistence;

import static dev.kassa.application.contract.BatchGate.answer;
import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.application.contract.BatchGate;
import dev.kassa.application.contract.Race;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.StorageUnavailableException;
import dev.kassa.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batches of money operations on a real PostgreSQL: a batch whose connection dies applies none of
 * its operations, and two servers batching on one database conserve money.
 */
class BatchedLedgerOnPostgresTest {

  private static final int ACCOUNTS = 8;
  private static final int THREADS = 12;
  private static final int MOVES_PER_THREAD = 25;

  private final HikariDataSource dataSource = (HikariDataSource) TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
  private HikariDataSource secondPool;

  @AfterEach
  void closeSecondPool() {
    if (secondPool != null) {
      secondPool.close();
    }
  }

  @Test
  void aConnectionKilledMidBatchAppliesNoneOfItAndEveryCallerGetsAnError() throws Throwable {
    var batching =
        new BatchingTransactions(
            ports.transactions(), ports.ledger(), ports.tokenHolders(), ports.idempotency());
    var from = newAccount();
    var to = newAccount();
    money.deposit(from.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(from.id(), to.id(), eur(10)));
      var killed =
          gate.queue(
              () -> {
                transfer(from.id(), to.id(), eur(1));
                assertThat(killIdleTransactions()).isEqualTo(1);
                return transfer(from.id(), to.id(), eur(2));
              });
      var last = gate.queue(() -> transfer(from.id(), to.id(), eur(20)));
      gate.release();

      for (var unit : List.of(first, killed, last)) {
        assertThatThrownBy(() -> answer(unit)).isInstanceOf(StorageUnavailableException.class);
      }
    }

    assertThat(ports.accounts().find(from.id()).orElseThrow().balance())
        .isEqualTo(eur(100).minor());
    assertThat(ports.accounts().find(to.id()).orElseThrow().balance()).isZero();
    assertThat(ports.ledger().lines(to.id(), TestTime.now().minusSeconds(3600), TestTime.now()))
        .isEmpty();
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void twoServersBatchingOnOneDatabaseConserveMoney() {
    secondPool =
        ConnectionPools.open(
            new JdbcTarget(dataSource.getJdbcUrl(), dataSource.getUsername(), null),
            "kassa-test-second-server",
            4,
            PoolTimeouts.API);
    var second = JooqPorts.over(secondPool, JooqPortsUnderTest.CLOCK);
    movesConserveMoney(
        List.of(
            new BatchingTransactions(
                ports.transactions(), ports.ledger(), ports.tokenHolders(), ports.idempotency()),
            new BatchingTransactions(
                second.transactions(),
                second.ledger(),
                second.tokenHolders(),
                second.idempotency())),
        List.of(ports.ledger(), second.ledger()));
  }

  /**
   * A batch locks the accounts its operations name before the first runs, in ascending id order, as
   * a money operation in a transaction of its own (a keyed request's) locks its own.
   */
  @Test
  void batchesAndUnbatchedOperationsOnTheSameAccountsConserveMoney() {
    movesConserveMoney(
        List.of(
            new BatchingTransactions(
                ports.transactions(), ports.ledger(), ports.tokenHolders(), ports.idempotency()),
            ports.transactions()),
        List.of(ports.ledger(), ports.ledger()));
  }

  /**
   * {@value #THREADS} threads move random amounts between {@value #ACCOUNTS} accounts, the even
   * ones through the first units of work and ledger, the odd ones through the second.
   */
  private void movesConserveMoney(List<Transactions> servers, List<Ledger> ledgers) {
    var seed = System.nanoTime();
    System.out.println("BatchedLedgerOnPostgresTest seed: " + seed);
    var root = new SplittableRandom(seed);
    var accounts = IntStream.range(0, ACCOUNTS).mapToObj(i -> newAccount()).toList();
    accounts.forEach(account -> money.deposit(account.id(), eur(100)));
    var randoms = IntStream.range(0, THREADS).mapToObj(i -> root.split()).toList();

    var outcomes =
        Race.run(
            THREADS,
            runner -> {
              var random = randoms.get(runner);
              var server = runner % 2;
              int posted = 0;
              for (int i = 0; i < MOVES_PER_THREAD; i++) {
                int from = random.nextInt(ACCOUNTS);
                int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                var entry =
                    transferEntry(
                        accounts.get(from).id(),
                        accounts.get(to).id(),
                        Money.of(1 + random.nextLong(4_000), TestMoney.EUR),
                        TestTime.now());
                try {
                  servers
                      .get(server)
                      .inTransaction(
                          List.of(accounts.get(from).id(), accounts.get(to).id()),
                          () -> ledgers.get(server).post(entry));
                  posted++;
                } catch (ConflictException refused) {
                  assertThat(refused.code()).isEqualTo("insufficient_funds");
                }
              }
              return posted;
            });

    assertThat(outcomes)
        .as("seed %d, failures: %s", seed, causes(outcomes))
        .allMatch(Race.Outcome::succeeded);
    var posted = outcomes.stream().mapToInt(Race.Outcome::value).sum();
    var balances = accounts.stream().map(a -> ports.accounts().find(a.id()).orElseThrow()).toList();
    assertThat(balances.stream().mapToLong(Account::balance).sum())
        .as("seed %d", seed)
        .isEqualTo(eur(100).minor() * ACCOUNTS);
    assertThat(balances).allMatch(account -> account.balance() >= 0);
    var verification = ports.ledger().verify();
    assertThat(verification.problems()).as("seed %d", seed).isEmpty();
    assertThat(verification.checkedEntries()).isEqualTo(ACCOUNTS + posted);
  }

  private String transfer(AccountId from, AccountId to, Money amount) {
    ports.ledger().post(transferEntry(from, to, amount, TestTime.now()));
    return "posted";
  }

  /**
   * Terminates the backends of this database that sit in an open transaction between statements.
   */
  private int killIdleTransactions() {
    try (var admin =
        DSL.using(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
      var killed =
          admin.fetchValue(
              "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                  + " where datname = current_database() and pid <> pg_backend_pid()"
                  + " and state like 'idle in transaction%'");
      return ((Number) killed).intValue();
    }
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }

  /** What made the failed outcomes fail, down to the root cause (a SQL state, say). */
  private static List<String> causes(List<? extends Race.Outcome<?>> outcomes) {
    return outcomes.stream()
        .filter(outcome -> !outcome.succeeded())
        .map(
            outcome -> {
              var chain = new ArrayList<String>();
              for (var cause = outcome.failure(); cause != null; cause = cause.getCause()) {
                chain.add(cause.toString());
              }
              return String.join(" <- ", chain);
            })
        .distinct()
        .toList();
  }
}
