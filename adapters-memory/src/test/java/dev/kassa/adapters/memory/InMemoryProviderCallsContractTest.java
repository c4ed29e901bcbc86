package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.ProviderCallsContract;

class InMemoryProviderCallsContractTest extends ProviderCallsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
