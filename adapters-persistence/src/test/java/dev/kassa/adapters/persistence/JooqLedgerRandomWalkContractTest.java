package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.LedgerRandomWalkContract;

class JooqLedgerRandomWalkContractTest extends LedgerRandomWalkContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
