package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.SessionsContract;

class JooqSessionsContractTest extends SessionsContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
