package dev.kassa.application.contract;

import static dev.kassa.application.contract.BatchGate.answer;
import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.StorageUnavailableException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link BatchingTransactions} must do over every store: the units of one batch share one unit
 * of work, a refused unit fails alone, and any other failure applies none of the batch.
 */
public abstract class BatchingContract extends PortContract {

  private BatchingTransactions batching;
  private final Set<Thread> ranOn = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void setUpBatching() {
    batching = new BatchingTransactions(world.transactions(), world.ledger());
  }

  @Test
  void aRefusedUnitFailsAloneAndTheOthersOfItsBatchCommit() throws Throwable {
    var rich = newAccount(newOwner());
    var poor = newAccount(newOwner());
    var payee = newAccount(newOwner());
    money.deposit(rich.id(), eur(100));
    money.deposit(poor.id(), eur(5));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(rich.id(), payee.id(), eur(10)));
      var refused = gate.queue(() -> transfer(poor.id(), payee.id(), eur(50)));
      var last = gate.queue(() -> transfer(rich.id(), payee.id(), eur(20)));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThat(answer(last)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(refused))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    }

    assertThat(ranOn).as("the three units ran in one batch, on its leader").hasSize(1);
    assertThat(balanceOf(rich.id())).isEqualTo(eur(70).minor());
    assertThat(balanceOf(poor.id())).isEqualTo(eur(5).minor());
    assertThat(balanceOf(payee.id())).isEqualTo(eur(30).minor());
    assertThat(world.ledger().lines(poor.id(), LONG_AGO, FAR_AHEAD)).hasSize(1);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void anUnexpectedFailureRollsItsBatchBackAndStaysWithTheUnitThatCausedIt() throws Throwable {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(100));
    var bug = new IllegalStateException("bug");

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(from.id(), to.id(), eur(10)));
      var failing =
          gate.<String>queue(
              () -> {
                transfer(from.id(), to.id(), eur(1));
                throw bug;
              });
      var last = gate.queue(() -> transfer(from.id(), to.id(), eur(20)));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(failing)).isSameAs(bug);
      assertThat(answer(last)).isEqualTo("posted");
    }

    assertThat(balanceOf(from.id())).isEqualTo(eur(70).minor());
    assertThat(balanceOf(to.id())).isEqualTo(eur(30).minor());
    assertThat(world.ledger().lines(to.id(), LONG_AGO, FAR_AHEAD)).hasSize(2);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void unitsQueuedBehindABatchThatFoundTheStoreUnavailableFailAtOnceWithoutRunning()
      throws Throwable {
    var account = newAccount(newOwner());
    var outage = new StorageUnavailableException("the database is down", null);

    try (var gate = BatchGate.holdFailing(batching, outage)) {
      var queued = gate.queue(() -> money.deposit(account.id(), eur(3)));
      var alsoQueued = gate.queue(() -> money.deposit(account.id(), eur(4)));
      gate.release();

      assertThatThrownBy(() -> answer(queued)).isSameAs(outage);
      assertThatThrownBy(() -> answer(alsoQueued)).isSameAs(outage);
    }
    assertThat(balanceOf(account.id())).isZero();

    batching.run(() -> money.deposit(account.id(), eur(5)));
    assertThat(balanceOf(account.id())).isEqualTo(eur(5).minor());
  }

  @Test
  void aUnitStartedInsideARunningUnitJoinsIt() {
    var account = newAccount(newOwner());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      batching.run(() -> money.deposit(account.id(), eur(3)));
                      throw new IllegalStateException("outer failed");
                    }))
        .hasMessage("outer failed");

    assertThat(balanceOf(account.id())).isZero();
  }

  private String transfer(AccountId from, AccountId to, Money amount) {
    ranOn.add(Thread.currentThread());
    world.ledger().post(transferEntry(from, to, amount, TestTime.now()));
    return "posted";
  }
}
