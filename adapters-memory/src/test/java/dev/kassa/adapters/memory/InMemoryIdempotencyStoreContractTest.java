package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.IdempotencyStoreContract;

class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
