package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

class GetTransactionTest {

  private final BankWorld world = new BankWorld();
  private final GetTransaction getTransaction = world.getTransaction();

  @Test
  void ownerAndAdminReadALine() {
    var alice = world.customer();
    var account = world.openAccount(alice).id();
    var line = world.deposit(alice, account, 300);

    assertThat(getTransaction.execute(alice, line.id())).isEqualTo(line);
    assertThat(getTransaction.execute(world.admin(), line.id())).isEqualTo(line);
  }

  @Test
  void anotherUsersLineIsNotFoundAndNamedAsATransaction() {
    var alice = world.customer();
    var line = world.deposit(alice, world.openAccount(alice).id(), 300);

    assertThatThrownBy(() -> getTransaction.execute(world.customer(), line.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("resource", "transaction")
                    .containsEntry("id", line.id().toString()));
  }

  @Test
  void aSystemAccountsLineIsNotFoundEvenForAnAdmin() {
    var alice = world.customer();
    world.deposit(alice, world.openAccount(alice).id(), 300);
    var cash = world.ports().accounts().systemAccount(AccountType.CASH, BankWorld.EUR);
    var cashLine =
        world
            .ports()
            .ledger()
            .transactions(
                new TransactionFilter(null, cash.id(), null, null, null), PageRequest.defaults())
            .items()
            .getFirst();

    assertThatThrownBy(() -> getTransaction.execute(world.admin(), cashLine.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknownLineIsNotFound() {
    assertThatThrownBy(() -> getTransaction.execute(world.admin(), TransactionId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
