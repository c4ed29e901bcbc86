package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.EventDeliveriesContract;

class InMemoryEventDeliveriesContractTest extends EventDeliveriesContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
