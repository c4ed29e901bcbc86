package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two assembled servers on one PostgreSQL database (and one Redis), each request sent to either at
 * random: parallel transfers conserve money per currency and overdraw no account, and parallel
 * purchases of a scarce product sell exactly its stock.
 */
class TwoServersE2ETest {

  private static final Logger LOG = LoggerFactory.getLogger(TwoServersE2ETest.class);
  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis(1_000_000);
  private static final long FUNDS = 5_000;

  /** An account, its currency and the user who owns it. */
  private record Owned(Caller owner, String id, String currency) {}

  /** A customer and their funded EUR account. */
  private record Buyer(Caller caller, String account) {}

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
  void parallelPurchasesSpreadOverBothServersSellExactlyTheStock() {
    var both = new OnBothServers(KASSA);
    var units = 10;
    var price = 1_299L;
    var product = both.createProduct("Scarce lamp", price, units);
    var buyers =
        Parallel.run(
            4,
            IntStream.range(0, 24)
                .<Supplier<Buyer>>mapToObj(i -> () -> buyer(new Bank(both.server(i % 2 == 0))))
                .toList());

    var replies =
        Parallel.run(
            buyers.size(),
            IntStream.range(0, buyers.size())
                .<Supplier<Reply>>mapToObj(
                    i -> () -> buy(both.server(i % 2 == 1), buyers.get(i), product))
                .toList());

    var sold = 0;
    var charged = 0L;
    for (var i = 0; i < buyers.size(); i++) {
      var buyer = buyers.get(i);
      var reply = replies.get(i);
      var spent =
          FUNDS
              - both.read("/v1/accounts/" + buyer.account(), buyer.caller())
                  .get("balance")
                  .asLong();
      var orders = both.read("/v1/orders", buyer.caller()).get("total").asLong();
      charged += spent;
      if (reply.status() == 201) {
        sold++;
        assertThat(spent).as(reply.describe()).isEqualTo(price);
        assertThat(orders).isEqualTo(1);
      } else {
        reply.expectError(409, "out_of_stock");
        assertThat(spent).isZero();
        assertThat(orders).isZero();
      }
    }
    assertThat(sold).isEqualTo(units);
    assertThat(charged).isEqualTo(units * price);
    both.awaitStock(product, 0);
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

  private static Buyer buyer(Bank bank) {
    var caller = bank.register();
    return new Buyer(caller, bank.fundedAccount(caller, FUNDS));
  }

  private static Reply buy(KassaHttp http, Buyer buyer, String productId) {
    return http.post("/v1/purchases")
        .as(buyer.caller())
        .json(Map.of("productId", productId, "quantity", 1, "accountId", buyer.account()))
        .send();
  }
}
