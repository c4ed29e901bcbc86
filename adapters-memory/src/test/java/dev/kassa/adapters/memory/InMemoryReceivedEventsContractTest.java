package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ReceivedEventsContract;

class InMemoryReceivedEventsContractTest extends ReceivedEventsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
