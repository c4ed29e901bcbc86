package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The shop through two assembled servers on one PostgreSQL database (and one Redis): parallel
 * purchases of a scarce product spread over both sell exactly its stock, one keyed gateway checkout
 * sent to both at once, then to each again, places one order, and an image uploaded through one is
 * shown by both on the next read, though both had cached the product without it.
 */
class TwoServersShopE2ETest {

  private static final TwoServersOnRedis KASSA = new TwoServersOnRedis(1_000_000);
  private static final long FUNDS = 5_000;
  private static final String KEY = "Idempotency-Key";

  /** A customer and their funded EUR account. */
  private record Buyer(Caller caller, String account) {}

  @AfterAll
  static void stop() {
    KASSA.close();
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
        assertThat(reply.json().get("total").asLong()).isEqualTo(price);
        assertThat(spent).as(reply.describe()).isEqualTo(price);
        assertThat(orders).isEqualTo(1);
        var orderId = reply.json().get("orderId").asText();
        assertThat(both.read("/v1/orders/" + orderId, buyer.caller()).get("status").asText())
            .isEqualTo("paid");
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

  @Test
  void anImageUploadedThroughOneServerIsShownByBothOnTheNextRead() {
    var both = new OnBothServers(KASSA);
    var product = both.createProduct("Pictured lamp", 2_500L, 3);
    var path = "/v1/products/" + product;
    var external = both.read(path).get("imageUrls").get(0).asText();

    var uploaded = both.uploadImage(product);

    var urls = both.read(path).get("imageUrls");
    assertThat(urls).extracting(JsonNode::asText).containsExactly(uploaded, external);
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

    var order = both.raceOnBoth(checkout);

    assertThat(order.get("status").asText()).isEqualTo("pending_payment");
    assertThat(order.get("total").asLong()).isEqualTo(2_500);
    assertThat(order.at("/payment/providerRef").asText()).startsWith("pi_");
    var orders = both.read("/v1/orders", buyer);
    assertThat(orders.get("total").asLong()).isEqualTo(1);
    assertThat(orders.at("/data/0/id")).isEqualTo(order.get("id"));
    var stored = both.read("/v1/orders/" + order.get("id").asText(), buyer);
    assertThat(stored.get("status").asText()).isEqualTo("pending_payment");
    assertThat(stored.at("/payment/providerRef")).isEqualTo(order.at("/payment/providerRef"));
    assertThat(both.read("/v1/cart", buyer).get("items")).isEmpty();
    both.awaitStock(product, 3);
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
