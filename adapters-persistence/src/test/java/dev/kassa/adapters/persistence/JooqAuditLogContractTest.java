package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.AuditLogContract;
import dev.kassa.application.contract.PortsUnderTest;

class JooqAuditLogContractTest extends AuditLogContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
