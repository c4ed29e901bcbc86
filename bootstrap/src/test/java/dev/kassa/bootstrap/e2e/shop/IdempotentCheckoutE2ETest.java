package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Parallel;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One {@code Idempotency-Key} buys once: a retried checkout or purchase replays the first sale. */
@ExtendWith(KassaServerExtension.class)
class IdempotentCheckoutE2ETest {

  private static final String KEY = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";

  @Test
  void aRetriedCheckoutChargesOnceAndReplaysTheOrder(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var product = shop.createProduct(Shop.newCategory(), "Kite", 1_250, 6).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), product, 2);
    var key = UUID.randomUUID().toString();

    var first = shop.checkoutRequest(buyer).header(KEY, key).send();
    var retry = shop.checkoutRequest(buyer).header(KEY, key).send();

    assertThat(first.expect(201).get("total").asLong()).isEqualTo(2_500);
    assertThat(first.header(REPLAYED)).isEmpty();
    assertThat(retry.expect(201)).isEqualTo(first.json());
    assertThat(retry.header(REPLAYED)).contains("true");
    var otherAccount = kassa.bank().fundedAccount(buyer.caller(), 10_000);
    shop.http()
        .post("/v1/checkout")
        .as(buyer.caller())
        .header(KEY, key)
        .json(Map.of("paymentMethod", Map.of("type", "account", "accountId", otherAccount)))
        .send()
        .expectError(422, "idempotency_key_reused");
    assertThat(shop.balance(buyer)).isEqualTo(7_500);
    assertThat(kassa.bank().balance(buyer.caller(), otherAccount)).isEqualTo(10_000);
    assertThat(shop.stock(product)).isEqualTo(4);
    assertThat(shop.orders(buyer.caller(), "").get("total").asLong()).isEqualTo(1);
    assertThat(shop.cart(buyer.caller()).get("items")).isEmpty();
    shop.checkout(buyer).expectError(400, "validation_failed");
  }

  @Test
  void oneKeyRacedEightTimesChecksOutOnce(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var product = shop.createProduct(Shop.newCategory(), "Yo-yo", 800, 20).get("id").asText();
    var buyer = shop.buyer(10_000);
    shop.addToCart(buyer.caller(), product, 3);
    var key = UUID.randomUUID().toString();

    var replies =
        Parallel.run(
            8,
            IntStream.range(0, 8)
                .<Supplier<Reply>>mapToObj(
                    i -> () -> shop.checkoutRequest(buyer).header(KEY, key).send())
                .toList());

    var originals =
        replies.stream()
            .filter(reply -> reply.status() == 201 && reply.header(REPLAYED).isEmpty())
            .toList();
    assertThat(originals).hasSize(1);
    var order = originals.getFirst().json();
    for (var reply : replies) {
      if (reply.status() == 201) {
        assertThat(reply.json()).as(reply.describe()).isEqualTo(order);
      } else {
        reply.expectError(409, "idempotency_key_in_use");
      }
    }
    assertThat(shop.balance(buyer)).isEqualTo(10_000 - 2_400);
    assertThat(shop.stock(product)).isEqualTo(17);
    assertThat(shop.orders(buyer.caller(), "").get("total").asLong()).isEqualTo(1);
    shop.assertLedgerIsSound();
  }

  @Test
  void aRetriedPurchaseBuysOnceAndTheKeyBelongsToItsCaller(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var product = shop.createProduct(Shop.newCategory(), "Globe", 4_000, 5).get("id").asText();
    var alice = shop.buyer(10_000);
    var bob = shop.buyer(10_000);
    var key = UUID.randomUUID().toString();

    var first = shop.purchaseRequest(alice, product, 1).header(KEY, key).send().expect(201);
    var retry = shop.purchaseRequest(alice, product, 1).header(KEY, key).send();
    var bobs = shop.purchaseRequest(bob, product, 1).header(KEY, key).send();

    assertThat(retry.expect(201)).isEqualTo(first);
    assertThat(retry.header(REPLAYED)).contains("true");
    assertThat(bobs.expect(201).get("id")).isNotEqualTo(first.get("id"));
    assertThat(bobs.header(REPLAYED)).isEmpty();
    shop.purchaseRequest(alice, product, 2)
        .header(KEY, key)
        .send()
        .expectError(422, "idempotency_key_reused");
    assertThat(shop.balance(alice)).isEqualTo(6_000);
    assertThat(shop.balance(bob)).isEqualTo(6_000);
    assertThat(shop.stock(product)).isEqualTo(3);
    var purchases = shop.http().get("/v1/purchases").as(alice.caller()).send().expect(200);
    assertThat(purchases.get("total").asLong()).isEqualTo(1);
    assertThat(purchases.at("/data/0")).isEqualTo(first);
  }
}
