package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.jooq.tables.records.AccountsRecord;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A statement planned for each run is never prepared on the server, where PostgreSQL would keep a
 * generic plan; the others are, after pgjdbc's few uses.
 */
class RenderedSelectPlansTest {

  private static final int RUNS = 8;

  @Test
  void aStatementPlannedEachRunIsNeverPreparedOnTheServer() throws Exception {
    assertThat(preparedAfterRuns(RenderedSelect.byKeys(ACCOUNTS, ACCOUNTS.ID).plannedEachRun()))
        .isZero();
  }

  @Test
  void anOrdinaryStatementIsPreparedOnTheServerAfterAFewRuns() throws Exception {
    assertThat(preparedAfterRuns(RenderedSelect.byKeys(ACCOUNTS, ACCOUNTS.ID))).isOne();
  }

  /** Runs {@code select} on one connection; answers the statements on accounts it prepared. */
  private static int preparedAfterRuns(RenderedSelect<AccountsRecord> select) throws Exception {
    try (var connection = TestDatabase.freshDataSource().getConnection()) {
      var dsl = DSL.using(connection, SQLDialect.POSTGRES);
      for (int run = 0; run < RUNS; run++) {
        assertThat(select.fetch(dsl, List.of(UUID.randomUUID()))).isEmpty();
      }
      return dsl.resultQuery(
              "select count(*)::int from pg_prepared_statements where statement like ?",
              "%from \"accounts\"%")
          .fetchOne(0, Integer.class);
    }
  }
}
