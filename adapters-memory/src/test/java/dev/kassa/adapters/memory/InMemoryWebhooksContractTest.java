package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.WebhooksContract;

class InMemoryWebhooksContractTest extends WebhooksContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
