package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.UsersContract;

class InMemoryUsersContractTest extends UsersContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
