package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetTransferTest {

  private final BankWorld world = new BankWorld();
  private final GetTransfer getTransfer = world.getTransfer();
  private final Actor alice = world.customer();
  private final Actor bob = world.customer();
  private Transfer transfer;

  @BeforeEach
  void aliceSendsToBob() {
    var from = world.openAccount(alice).id();
    var to = world.openAccount(bob).id();
    world.deposit(alice, from, 1_000);
    transfer =
        world
            .transferMoney()
            .execute(
                alice, new TransferMoney.Command(from, to, Money.of(400, BankWorld.EUR), "gift"));
  }

  @Test
  void senderReceiverAndAdminSeeTheTransfer() {
    assertThat(getTransfer.execute(alice, transfer.id())).isEqualTo(transfer);
    assertThat(getTransfer.execute(bob, transfer.id())).isEqualTo(transfer);
    assertThat(getTransfer.execute(world.admin(), transfer.id())).isEqualTo(transfer);
  }

  @Test
  void anyoneElseIsToldItDoesNotExist() {
    assertThatThrownBy(() -> getTransfer.execute(world.customer(), transfer.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.details()).containsEntry("resource", "transfer"));
  }

  @Test
  void unknownTransferIsNotFound() {
    assertThatThrownBy(() -> getTransfer.execute(world.admin(), TransferId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
