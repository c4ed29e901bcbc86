package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ProductSearchContract;

class InMemoryProductSearchContractTest extends ProductSearchContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
