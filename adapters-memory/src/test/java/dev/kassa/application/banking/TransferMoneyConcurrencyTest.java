package dev.kassa.application.banking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.contract.Race;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransferMoneyConcurrencyTest {

  private final BankWorld world = new BankWorld();
  private final TransferMoney transferMoney = world.transferMoney();

  @Test
  void twentyParallelTransfersOfTenFromOneHundredSucceedExactlyTenTimes() {
    var alice = world.customer();
    var source = world.openAccount(alice).id();
    var destination = world.openAccount(world.customer()).id();
    world.deposit(alice, source, 100);

    var outcomes =
        Race.run(
            20,
            runner ->
                transferMoney.execute(
                    alice,
                    new TransferMoney.Command(
                        source, destination, Money.of(10, BankWorld.EUR), null)));

    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(10);
    assertThat(outcomes)
        .filteredOn(outcome -> !outcome.succeeded())
        .hasSize(10)
        .allSatisfy(
            outcome ->
                assertThat(outcome.failure())
                    .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("insufficient_funds")));
    assertThat(world.balance(source)).isZero();
    assertThat(world.balance(destination)).isEqualTo(100);
    assertThat(world.linesOf(destination)).hasSize(10);
    assertThat(world.verifyLedger().execute(world.admin()).problems()).isEmpty();
  }

  @Test
  void randomParallelTransfersKeepTheTotalAndTheLedgerClean() {
    var seed = Long.getLong("kassa.seed", new SecureRandom().nextLong());
    var replay = "seed " + seed + " (replay with -Dkassa.seed=" + seed + ")";
    System.out.println("randomParallelTransfersKeepTheTotalAndTheLedgerClean: " + replay);
    var setup = new SplittableRandom(seed);
    var owners = List.of(world.customer(), world.customer(), world.customer());
    var accounts = new ArrayList<Owned>();
    long total = 0;
    for (var owner : owners) {
      for (int i = 0; i < 2; i++) {
        var account = world.openAccount(owner).id();
        var deposit = setup.nextLong(0, 5_000);
        if (deposit > 0) {
          world.deposit(owner, account, deposit);
        }
        total += deposit;
        accounts.add(new Owned(owner, account));
      }
    }
    var runnerSeeds = setup.longs(8).toArray();

    var outcomes =
        Race.run(
            8,
            runner -> {
              var random = new SplittableRandom(runnerSeeds[runner]);
              var done = new ArrayList<Transfer>();
              for (int i = 0; i < 150; i++) {
                var from = accounts.get(random.nextInt(accounts.size()));
                var to = accounts.get(random.nextInt(accounts.size()));
                if (from.account().equals(to.account())) {
                  continue;
                }
                var amount = Money.of(random.nextLong(1, 2_000), BankWorld.EUR);
                try {
                  done.add(
                      transferMoney.execute(
                          from.owner(),
                          new TransferMoney.Command(from.account(), to.account(), amount, null)));
                } catch (ConflictException refused) {
                  assertThat(refused.code()).isEqualTo("insufficient_funds");
                }
              }
              return done;
            });

    assertThat(outcomes).as(replay).allMatch(Race.Outcome::succeeded);
    var completed = outcomes.stream().mapToInt(outcome -> outcome.value().size()).sum();
    assertThat(accounts.stream().mapToLong(owned -> world.balance(owned.account())).sum())
        .as("total over customer accounts, %s", replay)
        .isEqualTo(total);
    assertThat(accounts)
        .as(replay)
        .allSatisfy(owned -> assertThat(world.balance(owned.account())).isNotNegative());
    assertThat(completed).as(replay).isPositive();
    var transferOutLines =
        world
            .ports()
            .ledger()
            .transactions(
                new TransactionFilter(null, null, TransactionType.TRANSFER_OUT, null, null),
                PageRequest.first(1));
    assertThat(transferOutLines.total()).as(replay).isEqualTo(completed);
    var verification = world.verifyLedger().execute(world.admin());
    assertThat(verification.problems()).as(replay).isEmpty();
    assertThat(verification.ok()).isTrue();
  }

  private record Owned(Actor owner, AccountId account) {}
}
