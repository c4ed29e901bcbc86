package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.SessionsContract;

class InMemorySessionsContractTest extends SessionsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
