package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BrokerDeliveriesContract;
import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.UnpublishedEvents;

class InMemoryBrokerDeliveriesContractTest extends BrokerDeliveriesContract {

  private InMemoryPorts ports;

  @Override
  protected Storage ports() {
    ports = InMemoryPorts.create();
    return ports;
  }

  @Override
  protected BrokerDeliveries brokerDeliveries() {
    return ports.brokerDeliveries();
  }

  @Override
  protected AppliedEvents appliedEvents() {
    return ports.appliedEvents();
  }

  @Override
  protected UnpublishedEvents unpublishedEvents() {
    return ports.unpublishedEvents();
  }
}
