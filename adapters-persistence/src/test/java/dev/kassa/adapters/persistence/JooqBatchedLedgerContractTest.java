package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.LedgerContract;

class JooqBatchedLedgerContractTest extends LedgerContract {

  @Override
  protected Storage ports() {
    return BatchedStorage.of(JooqPortsUnderTest.onSharedDatabase());
  }
}
