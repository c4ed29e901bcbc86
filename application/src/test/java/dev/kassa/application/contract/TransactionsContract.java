package dev.kassa.application.contract;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.TestMoney.eur;
import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Profile;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.shared.Transactions} adapter must do: all or nothing. */
public abstract class TransactionsContract extends PortContract {

  @Test
  void unitOfWorkReturnsTheResultOfItsWork() {
    assertThat(inTx(() -> "done")).isEqualTo("done");
    var ran = new AtomicBoolean();
    world.transactions().run(() -> ran.set(true));
    assertThat(ran).isTrue();
  }

  @Test
  void committedWritesAreVisibleAfterTheUnit() {
    var user = aUser().build();
    var account = anAccount().ownedBy(user.id()).build();

    inTx(
        () -> {
          world.users().add(user);
          world.accounts().add(account);
          money.deposit(account.id(), eur(5));
        });

    assertThat(world.users().find(user.id())).contains(user);
    assertThat(balanceOf(account.id())).isEqualTo(eur(5).minor());
  }

  @Test
  void failedUnitOfWorkLeavesNothingBehind() {
    var user = aUser().build();
    var account = anAccount().ownedBy(user.id()).build();
    var failure = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.users().add(user);
                      world.accounts().add(account);
                      money.deposit(account.id(), eur(5));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(world.users().find(user.id())).isEmpty();
    assertThat(world.users().findByEmail(user.email())).isEmpty();
    assertThat(world.accounts().find(account.id())).isEmpty();
    assertThat(
            world
                .ledger()
                .transactions(TransactionFilter.ofOwner(user.id()), PageRequest.first(10))
                .total())
        .isZero();
  }

  @Test
  void failedUnitOfWorkRestoresWhatItChanged() {
    var user = aUser().build();
    inTx(() -> world.users().add(user));
    var account = newAccount(user.id());
    money.deposit(account.id(), eur(10));

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world
                          .users()
                          .update(
                              user.withProfile(new Profile("Changed", "Name", null, null, null)));
                      world.accounts().update(reload(account.id()).rename("Changed"));
                      money.deposit(account.id(), eur(3));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.users().find(user.id())).contains(user);
    assertThat(reload(account.id())).isEqualTo(account.post(eur(10).minor()));
    assertThat(world.ledger().lines(account.id(), LONG_AGO, FAR_AHEAD)).hasSize(1);
  }

  @Test
  void domainErrorRollsBackTheEarlierPostingsOfItsUnit() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      money.deposit(from.id(), eur(20));
                      world
                          .ledger()
                          .post(transferEntry(from.id(), to.id(), eur(25), TestTime.now()));
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));

    assertThat(balanceOf(from.id())).isZero();
    assertThat(balanceOf(to.id())).isZero();
    assertThat(world.ledger().lines(from.id(), LONG_AGO, FAR_AHEAD)).isEmpty();
  }

  @Test
  void readingUnitSeesWhatIsCommitted() {
    var user = aUser().build();
    inTx(() -> world.users().add(user));

    assertThat(world.transactions().reading(() -> world.users().find(user.id()))).contains(user);
  }

  @Test
  void readingInsideAUnitJoinsItAndSeesItsWrites() {
    var user = aUser().build();

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.users().add(user);
                      assertThat(world.transactions().reading(() -> world.users().find(user.id())))
                          .contains(user);
                      throw new IllegalStateException("outer failed");
                    }))
        .hasMessage("outer failed");

    assertThat(world.users().find(user.id())).isEmpty();
  }

  @Test
  void nestedUnitJoinsTheOuterOneAndFailsWithIt() {
    var user = aUser().build();

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      inTx(() -> world.users().add(user));
                      assertThat(world.users().find(user.id())).contains(user);
                      throw new IllegalStateException("outer failed");
                    }))
        .hasMessage("outer failed");

    assertThat(world.users().find(user.id())).isEmpty();
  }

  @Test
  void afterCommitActionsRunOnlyOnceTheUnitHasCommitted() {
    var ran = new ArrayList<String>();
    world
        .transactions()
        .run(
            () -> {
              world.transactions().afterCommit(() -> ran.add("after"));
              world.users().add(aUser().build());
              ran.add("work");
            });

    assertThat(ran).containsExactly("work", "after");
  }

  @Test
  void afterCommitActionsOfAFailedUnitNeverRun() {
    var ran = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                world
                    .transactions()
                    .run(
                        () -> {
                          world.transactions().afterCommit(() -> ran.set(true));
                          throw new IllegalStateException("boom");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ran).isFalse();
  }

  @Test
  void afterCommitOutsideAUnitRunsAtOnce() {
    var ran = new AtomicBoolean();

    world.transactions().afterCommit(() -> ran.set(true));

    assertThat(ran).isTrue();
  }

  @Test
  void isolatedWorkThatFailsIsUndoneAloneAndTheUnitCarriesOn() {
    var kept = newAccount(newOwner());
    var undone = newAccount(newOwner());
    var ran = new ArrayList<String>();

    inTx(
        () -> {
          money.deposit(kept.id(), eur(7));
          assertThatThrownBy(
                  () ->
                      world
                          .transactions()
                          .isolated(
                              () -> {
                                world.transactions().afterCommit(() -> ran.add("undone"));
                                money.deposit(undone.id(), eur(3));
                                throw new IllegalStateException("boom");
                              }))
              .hasMessage("boom");
          var answer =
              world
                  .transactions()
                  .isolated(
                      () -> {
                        world.transactions().afterCommit(() -> ran.add("kept"));
                        money.deposit(kept.id(), eur(1));
                        return "isolated";
                      });
          assertThat(answer).isEqualTo("isolated");
        });

    assertThat(balanceOf(kept.id())).isEqualTo(eur(8).minor());
    assertThat(balanceOf(undone.id())).isZero();
    assertThat(world.ledger().lines(undone.id(), LONG_AGO, FAR_AHEAD)).isEmpty();
    assertThat(ran).containsExactly("kept");
  }

  @Test
  void isolatedOutsideAUnitIsAUnitOfItsOwn() {
    var account = newAccount(newOwner());

    assertThatThrownBy(
            () ->
                world
                    .transactions()
                    .isolated(
                        () -> {
                          money.deposit(account.id(), eur(2));
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    world.transactions().isolated(() -> money.deposit(account.id(), eur(4)));

    assertThat(balanceOf(account.id())).isEqualTo(eur(4).minor());
  }
}
