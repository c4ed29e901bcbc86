package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BatchingContract;

class JooqBatchingContractTest extends BatchingContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
