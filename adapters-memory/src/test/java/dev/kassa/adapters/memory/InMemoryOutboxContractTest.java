package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.OutboxContract;

class InMemoryOutboxContractTest extends OutboxContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
