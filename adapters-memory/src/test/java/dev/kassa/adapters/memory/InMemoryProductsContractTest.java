package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ProductsContract;

class InMemoryProductsContractTest extends ProductsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
