package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.contract.Race;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import java.sql.SQLException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class JooqTransactionsTest {

  private final JooqPorts ports =
      JooqPorts.over(TestDatabase.dataSource(), JooqPortsUnderTest.CLOCK);

  @Test
  void serializationFailureRunsTheWholeWorkAgain() {
    var attempts = new AtomicInteger();

    var result =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw failureWithState("40001");
                  }
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void retriesStopAfterFiveAttempts() {
    var attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                ports
                    .transactions()
                    .run(
                        () -> {
                          attempts.incrementAndGet();
                          throw failureWithState("40P01");
                        }))
        .isInstanceOf(DataAccessException.class);

    assertThat(attempts).hasValue(JooqTransactions.MAX_ATTEMPTS);
  }

  @Test
  void otherFailuresAreNotRetried() {
    var attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                ports
                    .transactions()
                    .run(
                        () -> {
                          attempts.incrementAndGet();
                          throw ConflictException.emailTaken();
                        }))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                ports
                    .transactions()
                    .run(
                        () -> {
                          attempts.incrementAndGet();
                          throw failureWithState("23505");
                        }))
        .isInstanceOf(DataAccessException.class);

    assertThat(attempts).hasValue(2);
  }

  @Test
  void realDeadlockIsResolvedByRunningTheLoserAgain() {
    var first = newAccount();
    var second = newAccount();
    var bothHoldTheirFirstLock = new CyclicBarrier(2);
    var attempts = new AtomicInteger();

    var outcomes =
        Race.run(
            2,
            runner -> {
              var order =
                  runner == 0 ? new Account[] {first, second} : new Account[] {second, first};
              return ports
                  .transactions()
                  .inTransaction(
                      () -> {
                        var attempt = attempts.incrementAndGet();
                        lock(order[0].id());
                        if (attempt <= 2) {
                          await(bothHoldTheirFirstLock);
                        }
                        return lock(order[1].id());
                      });
            });

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    // One loser runs again (3 attempts); on a loaded machine both waiters may run PostgreSQL's
    // deadlock check before the first victim's locks are gone, and then both run again (4).
    assertThat(attempts.get()).isBetween(3, 4);
  }

  @Test
  void lockOutsideAUnitOfWorkIsRefused() {
    assertThatThrownBy(() -> ports.accounts().lock(AccountId.newId()))
        .isInstanceOf(IllegalStateException.class);
  }

  private Account lock(AccountId id) {
    return ports.accounts().lock(id).orElseThrow();
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static DataAccessException failureWithState(String sqlState) {
    return new DataAccessException("simulated", new SQLException("simulated", sqlState));
  }
}
