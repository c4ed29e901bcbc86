package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.AccountsContract;

class InMemoryAccountsContractTest extends AccountsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
