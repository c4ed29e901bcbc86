package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.CartsContract;

class InMemoryCartsContractTest extends CartsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
