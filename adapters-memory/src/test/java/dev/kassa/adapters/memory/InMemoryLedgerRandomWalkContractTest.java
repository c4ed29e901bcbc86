package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.LedgerRandomWalkContract;

class InMemoryLedgerRandomWalkContractTest extends LedgerRandomWalkContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
