package dev.kassa.adapters.memory;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.TransfersContract;

class InMemoryTransfersContractTest extends TransfersContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
