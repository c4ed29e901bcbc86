package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.LedgerRandomWalkContract;

class JooqBatchedLedgerRandomWalkContractTest extends LedgerRandomWalkContract {

  @Override
  protected Storage ports() {
    return BatchedStorage.of(JooqPortsUnderTest.onSharedDatabase());
  }
}
