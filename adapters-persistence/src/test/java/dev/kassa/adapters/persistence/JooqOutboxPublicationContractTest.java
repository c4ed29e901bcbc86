package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.Storage;
import dev.kassa.application.contract.OutboxPublicationContract;
import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.UnpublishedEvents;

class JooqOutboxPublicationContractTest extends OutboxPublicationContract {

  private JooqPorts ports;

  @Override
  protected Storage ports() {
    ports = JooqPorts.over(TestDatabase.freshDataSource(), JooqPortsUnderTest.CLOCK);
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
