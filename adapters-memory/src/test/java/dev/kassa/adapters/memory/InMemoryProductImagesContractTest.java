package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ProductImagesContract;

class InMemoryProductImagesContractTest extends ProductImagesContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
