package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.TransactionsContract;

class InMemoryTransactionsContractTest extends TransactionsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
