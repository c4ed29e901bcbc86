package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.CardsContract;

class InMemoryCardsContractTest extends CardsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
