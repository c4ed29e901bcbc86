package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ProductStockContract;

class InMemoryProductStockContractTest extends ProductStockContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
