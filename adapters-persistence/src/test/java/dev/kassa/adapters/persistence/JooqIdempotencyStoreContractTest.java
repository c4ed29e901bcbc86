package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.IdempotencyStoreContract;
import dev.kassa.application.contract.PortsUnderTest;

class JooqIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
