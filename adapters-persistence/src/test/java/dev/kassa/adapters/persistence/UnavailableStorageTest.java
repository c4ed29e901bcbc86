package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.shared.StorageUnavailableException;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures that mean the database cannot serve now reach the core as {@link
 * StorageUnavailableException}, in autocommit and in a unit of work, and are not run again.
 */
class UnavailableStorageTest {

  private static final PoolTimeouts SHORT =
      new PoolTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));

  private HikariDataSource pool;
  private JooqDatabase database;
  private JooqTransactions transactions;
  private JooqPorts ports;

  @BeforeEach
  void openPool() {
    pool = ConnectionPools.open(TestDatabase.emptyDatabase(), "kassa-unavailable", 1, SHORT);
    database = new JooqDatabase(pool);
    transactions = new JooqTransactions(database);
    ports = JooqPorts.over(pool, JooqPortsUnderTest.CLOCK);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void aStatementPastTheStatementTimeoutIsUnavailable() {
    assertThatThrownBy(() -> database.dsl().fetchValue("select pg_sleep(2)"))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void aConnectionKilledInAUnitOfWorkIsUnavailableAndNotRunAgain() {
    var attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      attempts.incrementAndGet();
                      return database
                          .dsl()
                          .fetchValue("select pg_terminate_backend(pg_backend_pid())");
                    }))
        .isInstanceOf(StorageUnavailableException.class);
    assertThat(attempts).hasValue(1);
    assertThat(database.dsl().fetchValue("select 1")).isEqualTo(1);
  }

  // The connection only has to be held so that the pool is exhausted.
  @SuppressWarnings("try")
  @Test
  void noConnectionWithinTheConnectTimeoutIsUnavailableInAutocommitAndInAUnitOfWork()
      throws Exception {
    try (var taken = pool.getConnection()) {
      var started = System.nanoTime();
      assertThatThrownBy(() -> database.dsl().fetchValue("select 1"))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(() -> transactions.inTransaction(() -> "never runs"))
          .isInstanceOf(StorageUnavailableException.class);
      assertThatThrownBy(() -> ports.users().find(UserId.newId()))
          .as("a statement rendered once and run over JDBC")
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void theLedgerVerificationIsNotBoundByTheStatementTimeout() {
    var verified =
        database.unhurried(
            dsl -> {
              dsl.fetchValue("select pg_sleep(0.6)");
              return "verified";
            });

    assertThat(verified).isEqualTo("verified");
    assertThat(database.dsl().fetchValue("show statement_timeout")).isEqualTo("300ms");
  }
}
