package dev.kassa.adapters.memory;

import dev.kassa.application.contract.IdempotencyStoreContract;
import dev.kassa.application.contract.PortsUnderTest;

class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
