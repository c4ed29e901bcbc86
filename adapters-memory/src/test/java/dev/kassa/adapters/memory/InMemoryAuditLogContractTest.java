package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.AuditLogContract;

class InMemoryAuditLogContractTest extends AuditLogContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
