package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ReceivedEventsContract;

class JooqReceivedEventsContractTest extends ReceivedEventsContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
