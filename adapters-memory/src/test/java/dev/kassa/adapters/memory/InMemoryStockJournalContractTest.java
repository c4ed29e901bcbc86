package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.StockJournalContract;

class InMemoryStockJournalContractTest extends StockJournalContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
