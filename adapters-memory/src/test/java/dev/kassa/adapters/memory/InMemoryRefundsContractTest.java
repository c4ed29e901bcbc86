package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.RefundsContract;

class InMemoryRefundsContractTest extends RefundsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
