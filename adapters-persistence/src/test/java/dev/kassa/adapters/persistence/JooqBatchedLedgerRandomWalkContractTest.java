package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.LedgerRandomWalkContract;
import javax.sql.DataSource;

class JooqBatchedLedgerRandomWalkContractTest extends LedgerRandomWalkContract {

  /** A database of its own: the shared one keeps what the unbatched contract run left behind. */
  private static final DataSource DATABASE = TestDatabase.freshDataSource();

  @Override
  protected Storage ports() {
    return BatchedStorage.of(JooqPorts.over(DATABASE, JooqPortsUnderTest.CLOCK));
  }
}
