package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.LedgerContract;

class InMemoryLedgerContractTest extends LedgerContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
