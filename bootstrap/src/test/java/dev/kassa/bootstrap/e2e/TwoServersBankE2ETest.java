package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Money moved through two assembled servers on one PostgreSQL database (and one Redis): parallel
 * transfers, each sent to either server at random, conserve money per currency and overdraw no
 * account; one {@code Idempotency-Key} sent to both at once, then to each again, moves money once.
 */
class TwoServersBankE2ETest {

  private static final Logger LOG = LoggerFactory.getLogger(TwoServersBankE2ETest.class);
  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis(1_000_000);
  private static final long FUNDS = 5_000;
  private static final String KEY = "Idempotency-Key";

  /** An account, its currency and the user who owns it. */
  private record Owned(Caller owner, String id, String currency) {}

  /** One planned transfer between two accounts of one currency, and the server it goes to. */
  private record Move(Owned from, Owned to, long cents, boolean onA) {}

  @AfterAll
  static void stop() {
    KASSA.close();
  }

  @Test
  void parallelTransfersSpreadOverBothServersConserveMoneyPerCurrency() {
    var seed = Long.getLong("kassa.e2e.seed", System.nanoTime());
    LOG.info("transfers over two servers, seed {} (rerun with -Dkassa.e2e.seed={})", seed, seed);
    var random = new SplittableRandom(seed);
    var both = new OnBothServers(KASSA);
    var bank = new Bank(KASSA.httpA);
    var users = List.of(bank.register(), bank.register(), bank.register());
    var byCurrency = Map.of("EUR", new ArrayList<Owned>(), "USD", new ArrayList<Owned>());
    for (var i = 0; i < 7; i++) {
      var currency = i < 4 ? "EUR" : "USD";
      var owner = users.get(i % users.size());
      var id = both.fundedAccount(both.server(i % 2 == 0), owner, currency, FUNDS);
      byCurrency.get(currency).add(new Owned(owner, id, currency));
    }
    var plan = new ArrayList<Move>();
    for (var i = 0; i < 240; i++) {
      var group = byCurrency.get(random.nextInt(3) < 2 ? "EUR" : "USD");
      var from = random.nextInt(group.size());
      var to = (from + 1 + random.nextInt(group.size() - 1)) % group.size();
      plan.add(
          new Move(
              group.get(from), group.get(to), random.nextLong(1, 2_001), random.nextBoolean()));
    }

    var replies =
        Parallel.run(
            16, plan.stream().<Supplier<Reply>>map(move -> () -> send(both, move)).toList());

    var expected = new HashMap<String, Long>();
    byCurrency
        .values()
        .forEach(group -> group.forEach(account -> expected.put(account.id(), FUNDS)));
    var succeededOn = new int[2];
    for (var i = 0; i < plan.size(); i++) {
      var move = plan.get(i);
      var reply = replies.get(i);
      if (reply.status() == 201) {
        succeededOn[move.onA() ? 0 : 1]++;
        expected.merge(move.from().id(), -move.cents(), Long::sum);
        expected.merge(move.to().id(), move.cents(), Long::sum);
      } else {
        reply.expectError(409, "insufficient_funds");
      }
    }
    var described = "seed " + seed;
    assertThat(succeededOn)
        .as("transfers that succeeded on A and on B, %s", described)
        .doesNotContain(0);
    for (var group : byCurrency.values()) {
      var total = 0L;
      for (var account : group) {
        var balance =
            both.read("/v1/accounts/" + account.id(), account.owner()).get("balance").asLong();
        assertThat(balance).as(described).isNotNegative().isEqualTo(expected.get(account.id()));
        total += balance;
      }
      assertThat(total).as(described).isEqualTo(group.size() * FUNDS);
    }
    both.assertLedgerIsSound();
  }

  @Test
  void oneKeySentToBothServersMovesTheMoneyOnce() {
    var both = new OnBothServers(KASSA);
    var bank = new Bank(KASSA.httpA);
    var sender = bank.register();
    var receiver = bank.register();
    var source = bank.fundedAccount(sender, 1_000);
    var destination = bank.openAccount(receiver);
    var key = UUID.randomUUID().toString();
    Function<KassaHttp, Reply> transfer =
        http ->
            new Bank(http)
                .transferRequest(sender, source, destination, 100)
                .header(KEY, key)
                .send();

    var original = both.raceOnBoth(transfer);

    assertThat(original.get("amount").asLong()).isEqualTo(100);
    assertThat(both.read("/v1/accounts/" + source, sender).get("balance").asLong()).isEqualTo(900);
    assertThat(both.read("/v1/accounts/" + destination, receiver).get("balance").asLong())
        .isEqualTo(100);
    assertThat(both.read("/v1/transfers", sender).get("total").asLong()).isEqualTo(1);
    new Bank(KASSA.httpB)
        .transferRequest(sender, source, destination, 200)
        .header(KEY, key)
        .send()
        .expectError(422, "idempotency_key_reused");
    both.assertLedgerIsSound();
  }

  private static Reply send(OnBothServers both, Move move) {
    return both.server(move.onA())
        .post("/v1/transfers")
        .as(move.from().owner())
        .json(
            Map.of(
                "fromAccountId", move.from().id(),
                "toAccountId", move.to().id(),
                "amount", move.cents(),
                "currency", move.from().currency()))
        .send();
  }
}
