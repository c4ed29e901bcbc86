package dev.kassa.adapters.memory;

import dev.kassa.application.contract.CardsContract;
import dev.kassa.application.contract.PortsUnderTest;

class InMemoryCardsContractTest extends CardsContract {

  @Override
  protected PortsUnderTest ports() {
    return InMemoryPortsUnderTest.fresh();
  }
}
