package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.HoldsContract;

class InMemoryHoldsContractTest extends HoldsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
