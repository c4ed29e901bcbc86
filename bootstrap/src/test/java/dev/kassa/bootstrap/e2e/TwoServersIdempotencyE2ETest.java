package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One {@code Idempotency-Key} sent to two servers on one database at the same time, and then again
 * to each, acts once: one transfer, one gateway order; every other answer replays it or says the
 * key is in use.
 */
class TwoServersIdempotencyE2ETest {

  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis(1_000_000);
  private static final String KEY = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";
  private static final int RACERS = 10;

  @AfterAll
  static void stop() {
    KASSA.close();
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

    var original = raceOnBoth(both, transfer);

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

  @Test
  void oneKeyedGatewayCheckoutSentToBothServersPlacesOneOrder() {
    var both = new OnBothServers(KASSA);
    var product = both.createProduct("Twin kite", 1_250, 5);
    var buyer = new Bank(KASSA.httpB).register();
    KASSA
        .httpB
        .post("/v1/cart/items")
        .as(buyer)
        .json(Map.of("productId", product, "quantity", 2))
        .send()
        .expect(201);
    var key = UUID.randomUUID().toString();
    Function<KassaHttp, Reply> checkout =
        http ->
            http.post("/v1/checkout")
                .as(buyer)
                .header(KEY, key)
                .json(Map.of("paymentMethod", Map.of("type", "gateway")))
                .send();

    var order = raceOnBoth(both, checkout);

    assertThat(order.get("status").asText()).isEqualTo("pending_payment");
    assertThat(order.get("total").asLong()).isEqualTo(2_500);
    assertThat(order.at("/payment/providerRef").asText()).startsWith("pi_");
    var orders = both.read("/v1/orders", buyer);
    assertThat(orders.get("total").asLong()).isEqualTo(1);
    assertThat(orders.at("/data/0/id")).isEqualTo(order.get("id"));
    assertThat(both.read("/v1/cart", buyer).get("items")).isEmpty();
    both.awaitStock(product, 3);
  }

  /**
   * Sends {@code request} {@link #RACERS} times at once, alternately to A and B, then once more to
   * each: exactly one answer is an original 201, every other one replays it or is {@code 409
   * idempotency_key_in_use}, and the two retries replay it. Returns the original's body.
   */
  private static JsonNode raceOnBoth(OnBothServers both, Function<KassaHttp, Reply> request) {
    var replies =
        Parallel.run(
            RACERS,
            IntStream.range(0, RACERS)
                .<Supplier<Reply>>mapToObj(i -> () -> request.apply(both.server(i % 2 == 0)))
                .toList());

    var originals =
        replies.stream()
            .filter(reply -> reply.status() == 201 && reply.header(REPLAYED).isEmpty())
            .toList();
    assertThat(originals).as("answers without a replay").hasSize(1);
    var original = originals.getFirst().json();
    for (var reply : replies) {
      if (reply.status() == 201) {
        assertThat(reply.json()).as(reply.describe()).isEqualTo(original);
      } else {
        reply.expectError(409, "idempotency_key_in_use");
      }
    }
    for (var http : List.of(KASSA.httpA, KASSA.httpB)) {
      var retry = request.apply(http);
      assertThat(retry.expect(201)).isEqualTo(original);
      assertThat(retry.header(REPLAYED)).contains("true");
    }
    return original;
  }
}
