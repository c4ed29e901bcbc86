package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.StockRandomWalkContract;

class InMemoryStockRandomWalkContractTest extends StockRandomWalkContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
