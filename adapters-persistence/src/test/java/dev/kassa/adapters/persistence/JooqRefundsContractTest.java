package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.RefundsContract;

class JooqRefundsContractTest extends RefundsContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
