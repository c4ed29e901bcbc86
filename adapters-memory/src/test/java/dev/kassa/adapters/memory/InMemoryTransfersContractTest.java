package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.TransfersContract;

class InMemoryTransfersContractTest extends TransfersContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
