package dev.kassa.adapters.memory;

import dev.kassa.application.contract.AccountsContract;
import dev.kassa.application.contract.PortsUnderTest;

class InMemoryAccountsContractTest extends AccountsContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
