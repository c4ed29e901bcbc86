package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineRefundRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String lamp;
  private String mug;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 20_000);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    mug = shop.product(admin, productBody("Mug", 999, "EUR", 10)).get("id").asText();
    shop.addToCart(ann, lamp, 3);
    shop.addToCart(ann, mug, 2);
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void linesAreRefundedAtTheirSnapshottedPricesRestockedAndNeverBeyondWhatWasBought() {
    var order = expect(shop.checkout(ann, account), 201).get("id").asText();
    expect(shop.put(admin, "/v1/products/" + lamp, renamedLampAt(9_000)), 200);

    var refund =
        expect(
            shop.post(
                admin,
                refunds(order),
                Map.of("items", List.of(item(lamp, 1), item(mug, 2)), "restock", true)),
            201);

    assertThat(refund.get("amount").asLong()).isEqualTo(2_500 + 2 * 999);
    assertThat(refund.get("restock").asBoolean()).isTrue();
    assertThat(refund.at("/items/0/amount").asLong()).isEqualTo(2_500);
    assertThat(refund.at("/items/1/quantity").asInt()).isEqualTo(2);
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.stock(mug)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(20_000 - 2 * 2_500);
    var partly = order(order);
    assertThat(partly.get("amountRefunded").asLong()).isEqualTo(4_498);
    assertThat(partly.get("paymentStatus").asText()).isEqualTo("partially_refunded");

    var tooMany =
        assertError(
            shop.post(admin, refunds(order), Map.of("items", List.of(item(lamp, 3)))),
            400,
            "validation_failed");
    assertThat(tooMany.at("/details/items[0].quantity").asText()).contains("at most 2");

    expect(shop.post(admin, refunds(order), Map.of("items", List.of(item(lamp, 2)))), 201);

    var refunded = order(order);
    assertThat(refunded.get("amountRefunded").asLong()).isEqualTo(3 * 2_500 + 2 * 999);
    assertThat(refunded.get("paymentStatus").asText()).isEqualTo("refunded");
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.balance(account)).isEqualTo(20_000);
  }

  @Test
  void aCancellationAfterARestockingLineRefundPutsBackOnlyWhatIsStillOut() {
    var order = expect(shop.checkout(ann, account), 201).get("id").asText();
    expect(
        shop.post(admin, refunds(order), Map.of("items", List.of(item(lamp, 2)), "restock", true)),
        201);

    var cancelled = expect(shop.post(ann, "/v1/orders/" + order + "/cancel", Map.of()), 200);

    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.get("paymentStatus").asText()).isEqualTo("refunded");
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.stock(mug)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(20_000);
    assertError(
        shop.post(admin, refunds(order), Map.of("items", List.of(item(mug, 1)))),
        409,
        "invalid_state_transition");
  }

  @Test
  void everyBadFieldOfALineRefundIsReportedAtOnceAndNothingChanges() {
    var order = expect(shop.checkout(ann, account), 201).get("id").asText();

    var error =
        assertError(
            shop.post(
                admin,
                refunds(order),
                Map.of(
                    "amount",
                    100,
                    "items",
                    List.of(Map.of("productId", "nope", "quantity", 0), Map.of("quantity", 1)))),
            400,
            "validation_failed");

    assertThat(error.get("details").has("amount")).isTrue();
    assertThat(error.get("details").has("items[0].productId")).isTrue();
    assertThat(error.get("details").has("items[0].quantity")).isTrue();
    assertThat(error.get("details").has("items[1].productId")).isTrue();

    var unknown =
        assertError(
            shop.post(
                admin,
                refunds(order),
                Map.of("items", List.of(item(mug, 3), item(shop.product("Pen", 100, 1), 1)))),
            400,
            "validation_failed");
    assertThat(unknown.get("details").has("items[0].quantity")).isTrue();
    assertThat(unknown.get("details").has("items[1].productId")).isTrue();
    assertError(
        shop.post(admin, refunds(order), Map.of("restock", true)), 400, "validation_failed");
    assertError(
        shop.post(admin, refunds(order), Map.of("items", List.of())), 400, "validation_failed");
    assertThat(order(order).get("amountRefunded").asLong()).isZero();
    assertThat(shop.balance(account)).isEqualTo(20_000 - 3 * 2_500 - 2 * 999);
  }

  @Test
  void aRetriedLineRefundIsReplayedAndRefundsOnce() {
    var order = expect(shop.checkout(ann, account), 201).get("id").asText();
    var body = Map.of("items", List.of(item(lamp, 1)), "restock", true);

    var first = shop.post(admin, refunds(order), body, "Idempotency-Key", "line-1");
    var retry = shop.post(admin, refunds(order), body, "Idempotency-Key", "line-1");

    assertThat(expect(retry, 201)).isEqualTo(expect(first, 201));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(order(order).get("amountRefunded").asLong()).isEqualTo(2_500);
    assertError(
        shop.post(
            admin,
            refunds(order),
            Map.of("items", List.of(item(lamp, 2))),
            "Idempotency-Key",
            "line-1"),
        422,
        "idempotency_key_reused");
  }

  @Test
  void aShippedCardOrderIsRefundedByLineToTheCardsAccount() {
    var card = shop.card(ann, account);
    var order =
        expect(shop.checkoutWith(ann, Map.of("type", "card", "cardId", card)), 201)
            .get("id")
            .asText();
    expect(shop.patch(admin, "/v1/orders/" + order, Map.of("status", "shipped")), 200);

    expect(shop.post(admin, refunds(order), Map.of("items", List.of(item(mug, 1)))), 201);

    assertThat(shop.balance(account)).isEqualTo(20_000 - 3 * 2_500 - 999);
    assertThat(shop.stock(mug)).isEqualTo(8);
    assertThat(order(order).get("amountRefunded").asLong()).isEqualTo(999);
  }

  @Test
  void aGatewayLineRefundGoesThroughTheProviderAndRestocksWhenRecorded() {
    var placed = expect(shop.checkoutWith(ann, Map.of("type", "gateway")), 201);
    var order = placed.get("id").asText();
    var intent = placed.at("/payment/providerRef").asText();
    var event =
        shop.gateway().event("evt_1", ProviderEvent.SUCCEEDED, intent, Money.of(9_498, "EUR"));
    shop.kassa()
        .receiveProviderEvent()
        .execute("simulated", event.payload(), event.signatureHeader());

    var refund =
        expect(
            shop.post(
                admin, refunds(order), Map.of("items", List.of(item(lamp, 2)), "restock", true)),
            201);

    assertThat(refund.get("status").asText()).isEqualTo("succeeded");
    assertThat(refund.get("providerRef").asText()).startsWith("re_");
    assertThat(shop.gateway().refunds()).containsExactly(Money.of(5_000, "EUR"));
    assertThat(shop.stock(lamp)).isEqualTo(9);
    assertThat(order(order).get("amountRefunded").asLong()).isEqualTo(5_000);
  }

  private JsonNode order(String id) {
    return expect(shop.get(ann, "/v1/orders/" + id), 200);
  }

  private static String refunds(String order) {
    return "/v1/orders/" + order + "/refunds";
  }

  private static Map<String, Object> item(String productId, int quantity) {
    return Map.of("productId", productId, "quantity", quantity);
  }

  private static Map<String, Object> renamedLampAt(long price) {
    var body = productBody("Lamp", price, "EUR", 0);
    body.remove("stock");
    return body;
  }
}
