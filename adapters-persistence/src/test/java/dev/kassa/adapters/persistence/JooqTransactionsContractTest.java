package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.TransactionsContract;

class JooqTransactionsContractTest extends TransactionsContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
