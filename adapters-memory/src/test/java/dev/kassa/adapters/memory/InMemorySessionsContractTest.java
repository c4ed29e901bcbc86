package dev.kassa.adapters.memory;

import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.application.contract.SessionsContract;

class InMemorySessionsContractTest extends SessionsContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
