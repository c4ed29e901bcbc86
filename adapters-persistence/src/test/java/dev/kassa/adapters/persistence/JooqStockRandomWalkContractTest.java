package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.StockRandomWalkContract;

class JooqStockRandomWalkContractTest extends StockRandomWalkContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
