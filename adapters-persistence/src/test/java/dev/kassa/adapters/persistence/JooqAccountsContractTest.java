package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.AccountsContract;
import dev.kassa.application.contract.PortsUnderTest;

class JooqAccountsContractTest extends AccountsContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
