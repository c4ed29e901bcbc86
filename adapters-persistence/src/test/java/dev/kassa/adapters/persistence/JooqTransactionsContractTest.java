package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.Storage;
import dev.kassa.application.contract.TransactionsContract;
import org.junit.jupiter.api.Test;

class JooqTransactionsContractTest extends TransactionsContract {

  @Override
  protected Storage ports() {
    return JooqPortsUnderTest.onSharedDatabase();
  }

  @Test
  void readsRunOutsideAnyTransactionAndAUnitInsideThemIsItsOwn() {
    var transactions = world.transactions();

    var inUnitWhileReading = transactions.reading(transactions::inUnitOfWork);
    var inUnitInside =
        transactions.reading(() -> transactions.inTransaction(transactions::inUnitOfWork));

    assertThat(inUnitWhileReading).isFalse();
    assertThat(inUnitInside).isTrue();
  }
}
