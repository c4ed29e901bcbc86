package dev.kassa.adapters.persistence;

import dev.kassa.application.contract.CardsContract;
import dev.kassa.application.contract.PortsUnderTest;

class JooqCardsContractTest extends CardsContract {

  @Override
  protected PortsUnderTest ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
