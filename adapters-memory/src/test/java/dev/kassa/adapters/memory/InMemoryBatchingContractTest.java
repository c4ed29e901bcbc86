package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchingContract;

class InMemoryBatchingContractTest extends BatchingContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
