package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.PasswordResetTokensContract;

class JooqPasswordResetTokensContractTest extends PasswordResetTokensContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }
}
