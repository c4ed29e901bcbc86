package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.TransactionsContract;

class InMemoryBatchedTransactionsContractTest extends TransactionsContract {

  @Override
  protected Storage ports() {
    return BatchedStorage.of(InMemoryPorts.create());
  }
}
