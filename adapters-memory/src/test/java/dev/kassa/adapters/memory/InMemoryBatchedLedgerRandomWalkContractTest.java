package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchedStorage;
import dev.kassa.application.contract.LedgerRandomWalkContract;

class InMemoryBatchedLedgerRandomWalkContractTest extends LedgerRandomWalkContract {

  @Override
  protected Storage ports() {
    return BatchedStorage.of(InMemoryPorts.create());
  }
}
