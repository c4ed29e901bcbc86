package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.UsersContract;

class JooqUsersContractTest extends UsersContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
