package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.OutboxPublicationContract;
import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.UnpublishedEvents;

class InMemoryOutboxPublicationContractTest extends OutboxPublicationContract {

  private InMemoryPorts ports;

  @Override
  protected Storage ports() {
    ports = InMemoryPorts.create();
    return ports;
  }

  @Override
  protected UnpublishedEvents unpublishedEvents() {
    return ports.unpublishedEvents();
  }

  @Override
  protected AppliedEvents appliedEvents() {
    return ports.appliedEvents();
  }
}
