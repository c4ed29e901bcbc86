package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.PasswordResetTokensContract;

class InMemoryPasswordResetTokensContractTest extends PasswordResetTokensContract {

  @Override
  protected Storage ports() {
    return InMemoryPorts.create();
  }
}
