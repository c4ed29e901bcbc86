package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.IdempotencyStoreContract;

class JooqIdempotencyStoreContractTest extends IdempotencyStoreContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
