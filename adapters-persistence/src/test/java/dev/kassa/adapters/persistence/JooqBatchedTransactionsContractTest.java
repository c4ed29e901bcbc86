package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.TransactionsContract;

class JooqBatchedTransactionsContractTest extends TransactionsContract {

  @Override
  protected Storage ports() {
    return BatchedStorage.of(JooqPortsUnderTest.onSharedDatabase());
  }
}
