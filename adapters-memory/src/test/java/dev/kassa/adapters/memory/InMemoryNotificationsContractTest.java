package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.NotificationsContract;

class InMemoryNotificationsContractTest extends NotificationsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
