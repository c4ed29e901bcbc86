package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.OrdersContract;

class InMemoryOrdersContractTest extends OrdersContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
