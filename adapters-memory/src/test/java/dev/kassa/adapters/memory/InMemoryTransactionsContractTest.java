package dev.kassa.adapters.memory;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.TransactionsContract;

class InMemoryTransactionsContractTest extends TransactionsContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
