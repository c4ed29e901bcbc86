package dev.kassa.application.contract;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.TransferStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.ledger.Transfers} adapter must do. */
public abstract class TransfersContract extends PortContract {

  @Test
  void addedTransferIsFound() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(50));

    var transfer = transfer(from, to, eur(12, 34), TestTime.now());

    assertThat(world.transfers().find(transfer.id())).contains(transfer);
  }

  @Test
  void unknownTransferIsNotFound() {
    assertThat(world.transfers().find(TransferId.newId())).isEmpty();
  }

  @Test
  void pageInvolvingListsTransfersFromOrToTheOwnersAccountsNewestFirst() {
    var alice = newOwner();
    var bob = newOwner();
    var carol = newOwner();
    var alicesChecking = newAccount(alice);
    var alicesSavings = newAccount(alice);
    var bobs = newAccount(bob);
    var carols = newAccount(carol);
    money.deposit(alicesChecking.id(), eur(100));
    money.deposit(bobs.id(), eur(100));
    var base = TestTime.now();
    var aliceToBob = transfer(alicesChecking, bobs, eur(1), base);
    var bobToAlice = transfer(bobs, alicesSavings, eur(2), base.plusSeconds(1));
    var bobToCarol = transfer(bobs, carols, eur(3), base.plusSeconds(2));
    var withinAlice = transfer(alicesChecking, alicesSavings, eur(4), base.plusSeconds(3));

    var alices = world.transfers().pageInvolving(alice, PageRequest.first(10));
    var secondOfAlices = world.transfers().pageInvolving(alice, new PageRequest(1, 1));
    var carols2 = world.transfers().pageInvolving(carol, PageRequest.first(10));

    assertThat(alices.items()).containsExactly(withinAlice, bobToAlice, aliceToBob);
    assertThat(alices.total()).isEqualTo(3);
    assertThat(secondOfAlices.items()).containsExactly(bobToAlice);
    assertThat(secondOfAlices.total()).isEqualTo(3);
    assertThat(carols2.items()).containsExactly(bobToCarol);
    assertThat(world.transfers().pageInvolving(newOwner(), PageRequest.first(10)).total()).isZero();
  }

  /** Posts the entry and records the transfer, as the use case does. */
  private Transfer transfer(Account from, Account to, Money amount, Instant at) {
    return inTx(
        () -> {
          var posted = money.transfer(from.id(), to.id(), amount, at);
          var transfer =
              new Transfer(
                  TransferId.newId(),
                  from.id(),
                  to.id(),
                  amount,
                  "Rent share",
                  TransferStatus.COMPLETED,
                  posted.entry().id(),
                  at);
          world.transfers().add(transfer);
          return transfer;
        });
  }
}
