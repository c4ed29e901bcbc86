package dev.kassa.adapters.memory;

import dev.kassa.application.contract.LedgerContract;
import dev.kassa.application.contract.PortsUnderTest;

class InMemoryLedgerContractTest extends LedgerContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
