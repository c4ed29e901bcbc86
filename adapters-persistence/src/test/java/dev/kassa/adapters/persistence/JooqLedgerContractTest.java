package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.LedgerContract;
import dev.kassa.application.contract.PortsUnderTest;

class JooqLedgerContractTest extends LedgerContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
