package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request whose database connection is cut in the middle (killed by an operator, {@code 57P01},
 * or its statement cancelled by the statement timeout, {@code 57014}) answers {@code 503
 * unavailable}, never a 500, and moves no money. Each request is held on a row lock that an
 * operator's session of the test takes, so it is surely mid-statement when it is cut.
 */
class DatabaseConnectionLossE2ETest {

  private static final long FUNDS = 10_000;

  @TempDir static Path dataDir;
  private static KassaOnOwnPostgres kassa;

  @BeforeAll
  static void start() throws Exception {
    kassa = KassaOnOwnPostgres.startIn(dataDir);
  }

  @AfterAll
  static void stop() throws Exception {
    kassa.close();
  }

  @Test
  void aStatementPastTheStatementTimeoutAnswers503() throws Exception {
    var bank = kassa.bank();
    var owner = bank.register();
    var from = bank.fundedAccount(owner, FUNDS);
    var to = bank.openAccount(owner);

    try (var operator = kassa.postgres().admin()) {
      lockAccount(operator, from);
      assertUnavailable(bank.transfer(owner, from, to, 100));
      operator.rollback();
    }

    assertThat(bank.balance(owner, from)).isEqualTo(FUNDS);
    bank.transfer(owner, from, to, 100).expect(201);
  }

  @Test
  void aConnectionKilledMidRequestAnswers503() throws Exception {
    var bank = kassa.bank();
    var owner = bank.register();
    var from = bank.fundedAccount(owner, FUNDS);
    var to = bank.openAccount(owner);

    try (var operator = kassa.postgres().admin()) {
      lockAccount(operator, from);
      var reply = CompletableFuture.supplyAsync(() -> bank.transfer(owner, from, to, 100));
      assertThat(terminateKassaSessionsWaitingOnALock(operator)).isPositive();
      assertUnavailable(reply.get(30, TimeUnit.SECONDS));
      operator.rollback();
    }

    assertThat(bank.balance(owner, from)).isEqualTo(FUNDS);
    bank.transfer(owner, from, to, 100).expect(201);
  }

  private static void lockAccount(Connection operator, String accountId) throws SQLException {
    operator.setAutoCommit(false);
    try (var lock = operator.prepareStatement("select 1 from accounts where id = ? for update")) {
      lock.setObject(1, UUID.fromString(accountId));
      lock.executeQuery().close();
    }
  }

  private static int terminateKassaSessionsWaitingOnALock(Connection operator) throws Exception {
    var sql =
        "select count(pg_terminate_backend(pid)) from pg_stat_activity"
            + " where application_name = 'kassa' and wait_event_type = 'Lock'";
    for (int attempt = 0; attempt < 500; attempt++) {
      try (var terminate = operator.createStatement();
          var killed = terminate.executeQuery(sql)) {
        killed.next();
        if (killed.getInt(1) > 0) {
          return killed.getInt(1);
        }
      }
      Thread.sleep(5);
    }
    return 0;
  }

  private static void assertUnavailable(Reply reply) {
    var error = reply.expectError(503, "unavailable");
    assertThat(reply.header("Retry-After")).as(reply.describe()).isPresent();
    assertThat(error.get("message").asText()).doesNotContainIgnoringCase("sql");
    assertThat(reply.body()).doesNotContain("Exception", "org.", "java.");
  }
}
