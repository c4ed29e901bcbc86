package dev.kassa.adapters.memory;

import dev.kassa.application.contract.AuditLogContract;
import dev.kassa.application.contract.PortsUnderTest;

class InMemoryAuditLogContractTest extends AuditLogContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
