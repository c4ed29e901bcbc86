package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.TransfersContract;

class JooqTransfersContractTest extends TransfersContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
