package dev.kassa.adapters.memory;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.UsersContract;

class InMemoryUsersContractTest extends UsersContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
