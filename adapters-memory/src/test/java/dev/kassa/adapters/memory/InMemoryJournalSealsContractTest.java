package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.JournalSealsContract;

class InMemoryJournalSealsContractTest extends JournalSealsContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
