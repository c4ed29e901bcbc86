package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.BrokerDeliveriesContract;
import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.UnpublishedEvents;

class JooqBrokerDeliveriesContractTest extends BrokerDeliveriesContract {

  private JooqPorts ports;

  @Override
  protected Storage ports() {
    ports = JooqPortsUnderTest.onSharedDatabase();
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
