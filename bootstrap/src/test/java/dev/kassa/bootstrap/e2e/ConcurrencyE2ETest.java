package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Racing requests over HTTP against the assembled server on PostgreSQL: money is conserved, no
 * balance goes below zero, and one idempotency key moves money once.
 */
@ExtendWith(KassaServerExtension.class)
class ConcurrencyE2ETest {

  private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyE2ETest.class);

  /** An account and the user who owns it. */
  private record Owned(Caller owner, String id) {}

  /** One planned transfer, between two of the accounts by index. */
  private record Move(int from, int to, long cents) {}

  @Test
  void parallelRandomTransfersKeepTheTotalAndNeverOverdraw(RunningKassa kassa) {
    var seed = Long.getLong("kassa.e2e.seed", System.nanoTime());
    LOG.info("parallel random transfers, seed {} (rerun with -Dkassa.e2e.seed={})", seed, seed);
    var random = new SplittableRandom(seed);
    var bank = kassa.bank();
    var users = List.of(bank.register(), bank.register(), bank.register());
    var accounts = new ArrayList<Owned>();
    for (var i = 0; i < 4; i++) {
      var owner = users.get(i % users.size());
      accounts.add(new Owned(owner, bank.fundedAccount(owner, 5_000)));
    }
    var plan = new ArrayList<Move>();
    for (var i = 0; i < 200; i++) {
      var from = random.nextInt(accounts.size());
      var to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
      plan.add(new Move(from, to, random.nextLong(1, 2_001)));
    }

    var replies =
        Parallel.run(
            16,
            plan.stream()
                .<Supplier<Reply>>map(
                    move ->
                        () -> {
                          var source = accounts.get(move.from());
                          return bank.transfer(
                              source.owner(),
                              source.id(),
                              accounts.get(move.to()).id(),
                              move.cents());
                        })
                .toList());

    var expected = new long[accounts.size()];
    Arrays.fill(expected, 5_000);
    var lines = new int[accounts.size()];
    Arrays.fill(lines, 1);
    var succeeded = 0;
    for (var i = 0; i < plan.size(); i++) {
      var move = plan.get(i);
      var reply = replies.get(i);
      if (reply.status() == 201) {
        succeeded++;
        expected[move.from()] -= move.cents();
        expected[move.to()] += move.cents();
        lines[move.from()]++;
        lines[move.to()]++;
      } else {
        reply.expectError(409, "insufficient_funds");
      }
    }
    var described = "seed " + seed;
    assertThat(succeeded).as(described).isPositive();
    var total = 0L;
    for (var i = 0; i < accounts.size(); i++) {
      var account = accounts.get(i);
      var balance = bank.balance(account.owner(), account.id());
      assertThat(balance).as(described).isNotNegative().isEqualTo(expected[i]);
      assertThat(
              bank.transactions(account.owner(), "accountId=" + account.id()).get("total").asLong())
          .as(described)
          .isEqualTo(lines[i]);
      total += balance;
    }
    assertThat(total).as(described).isEqualTo(4 * 5_000L);
    assertLedgerIsSound(kassa);
  }

  @Test
  void twentyParallelTransfersOfTenFromOneHundredSucceedExactlyTenTimes(RunningKassa kassa) {
    var bank = kassa.bank();
    var sender = bank.register();
    var receiver = bank.register();
    var source = bank.fundedAccount(sender, 100);
    var destination = bank.openAccount(receiver);

    var replies =
        Parallel.run(
            20,
            IntStream.range(0, 20)
                .<Supplier<Reply>>mapToObj(
                    i -> () -> bank.transfer(sender, source, destination, 10))
                .toList());

    var succeeded = replies.stream().filter(reply -> reply.status() == 201).count();
    assertThat(succeeded).isEqualTo(10);
    replies.stream()
        .filter(reply -> reply.status() != 201)
        .forEach(reply -> reply.expectError(409, "insufficient_funds"));
    assertThat(bank.balance(sender, source)).isZero();
    assertThat(bank.balance(receiver, destination)).isEqualTo(100);
    assertLedgerIsSound(kassa);
  }

  // Finding the original reply itself, not an equal one.
  @SuppressWarnings("ReferenceEquality")
  @Test
  void oneIdempotencyKeyRacedTenTimesMovesTheMoneyOnce(RunningKassa kassa) {
    var bank = kassa.bank();
    var sender = bank.register();
    var receiver = bank.register();
    var source = bank.fundedAccount(sender, 1_000);
    var destination = bank.openAccount(receiver);
    var key = UUID.randomUUID().toString();

    var replies =
        Parallel.run(
            10,
            IntStream.range(0, 10)
                .<Supplier<Reply>>mapToObj(
                    i ->
                        () ->
                            bank.transferRequest(sender, source, destination, 100)
                                .header("Idempotency-Key", key)
                                .send())
                .toList());

    var originals =
        replies.stream()
            .filter(reply -> reply.status() == 201)
            .filter(reply -> reply.header("Idempotent-Replayed").isEmpty())
            .toList();
    assertThat(originals).hasSize(1);
    var original = originals.getFirst();
    for (var reply : replies) {
      if (reply == original) {
        continue;
      }
      if (reply.status() == 201) {
        assertThat(reply.header("Idempotent-Replayed")).as(reply.describe()).contains("true");
        assertThat(reply.json()).isEqualTo(original.json());
      } else {
        reply.expectError(409, "idempotency_key_in_use");
      }
    }
    var retry =
        bank.transferRequest(sender, source, destination, 100)
            .header("Idempotency-Key", key)
            .send();
    assertThat(retry.expect(201)).isEqualTo(original.json());
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    bank.transferRequest(sender, source, destination, 200)
        .header("Idempotency-Key", key)
        .send()
        .expectError(422, "idempotency_key_reused");
    assertThat(bank.balance(sender, source)).isEqualTo(900);
    assertThat(bank.balance(receiver, destination)).isEqualTo(100);
    var transfers = kassa.http().get("/v1/transfers").as(sender).send().expect(200);
    assertThat(transfers.get("total").asLong()).isEqualTo(1);
    assertLedgerIsSound(kassa);
  }

  private static void assertLedgerIsSound(RunningKassa kassa) {
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var verification = kassa.http().get("/v1/admin/ledger/verify").as(admin).send().expect(200);
    assertThat(verification.get("problems")).as(verification.toString()).isEmpty();
    assertThat(verification.get("ok").asBoolean()).isTrue();
    assertThat(verification.get("checkedEntries").asLong()).isPositive();
  }
}
