package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchasesRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String lamp;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 100_000);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  private HttpResponse<String> purchase(
      AuthResult buyer, String from, int quantity, String... headers) {
    return shop.post(
        buyer,
        "/v1/purchases",
        Map.of("productId", lamp, "quantity", quantity, "accountId", from),
        headers);
  }

  @Test
  void aPurchasePaysAtOnceAndLeavesTheCartAlone() {
    shop.addToCart(ann, lamp, 1);

    var purchase = expect(purchase(ann, account, 3), 201);

    assertThat(purchase.get("orderId")).isEqualTo(purchase.get("id"));
    assertThat(purchase.get("productId").asText()).isEqualTo(lamp);
    assertThat(purchase.get("quantity").asInt()).isEqualTo(3);
    assertThat(purchase.get("unitPrice").asLong()).isEqualTo(2_500);
    assertThat(purchase.get("total").asLong()).isEqualTo(7_500);
    assertThat(purchase.get("currency").asText()).isEqualTo("EUR");
    assertThat(purchase.get("accountId").asText()).isEqualTo(account);
    assertThat(purchase.get("status").asText()).isEqualTo("paid");
    assertThat(purchase.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(shop.stock(lamp)).isEqualTo(7);
    assertThat(shop.balance(account)).isEqualTo(100_000 - 7_500);
    assertThat(shop.cart(ann).lines()).hasSize(1);
    var path = "/v1/purchases/" + purchase.get("id").asText();
    assertThat(expect(shop.get(ann, path), 200)).isEqualTo(purchase);
    assertThat(expect(shop.get(admin, path), 200)).isEqualTo(purchase);
    var order = expect(shop.get(ann, "/v1/orders/" + purchase.get("orderId").asText()), 200);
    assertThat(order.get("total").asLong()).isEqualTo(7_500);
  }

  @Test
  void purchasesAreListedForTheirOwnerAndAdmins() {
    var first = expect(purchase(ann, account, 1), 201);
    shop.addToCart(ann, lamp, 1);
    expect(shop.checkout(ann, account), 201);
    var bob = shop.customer();
    var bobs = expect(purchase(bob, shop.fundedAccount(bob, "EUR", 10_000), 1), 201);

    var annsPurchases = expect(shop.get(ann, "/v1/purchases"), 200);
    var everyone = expect(shop.get(admin, "/v1/purchases?limit=10"), 200);

    assertThat(annsPurchases.get("total").asLong()).isEqualTo(1);
    assertThat(annsPurchases.at("/data/0")).isEqualTo(first);
    assertThat(everyone.get("total").asLong()).isEqualTo(2);
    assertThat(everyone.get("data")).contains(first, bobs);
    assertError(shop.get(bob, "/v1/purchases?userId=" + ann.user().id()), 403, "forbidden");
  }

  @Test
  void anotherCustomersPurchaseIsNotFound() {
    var purchase = expect(purchase(ann, account, 1), 201);
    var bob = shop.customer();
    var path = "/v1/purchases/" + purchase.get("id").asText();

    assertError(shop.get(bob, path), 404, "not_found");
    assertError(shop.get(bob, "/v1/purchases/" + UUID.randomUUID()), 404, "not_found");
    assertError(shop.get(bob, "/v1/purchases/123"), 404, "not_found");
    assertError(shop.get(null, path), 401, "unauthenticated");
  }

  @Test
  void aCheckoutOrderIsNotAPurchase() {
    shop.addToCart(ann, lamp, 1);
    var order = expect(shop.checkout(ann, account), 201);

    assertError(shop.get(ann, "/v1/purchases/" + order.get("id").asText()), 404, "not_found");
  }

  @Test
  void tooManyIsOutOfStockAndChangesNothing() {
    var before = shop.state(ann, account, lamp);

    var error = assertError(purchase(ann, account, 11), 409, "out_of_stock");

    assertThat(error.at("/details/productIds/0").asText()).isEqualTo(lamp);
    assertThat(shop.state(ann, account, lamp)).isEqualTo(before);
  }

  @Test
  void aRetriedPurchaseReplaysAndBuysOnce() {
    var key = "purchase-" + UUID.randomUUID();

    var first = purchase(ann, account, 2, "Idempotency-Key", key);
    var retry = purchase(ann, account, 2, "Idempotency-Key", key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.balance(account)).isEqualTo(95_000);
    assertError(purchase(ann, account, 3, "Idempotency-Key", key), 422, "idempotency_key_reused");
    assertThat(shop.stock(lamp)).isEqualTo(8);
  }

  @Test
  void anotherCurrencyOrTooLittleMoneyChangesNothing() {
    var dollars = shop.fundedAccount(ann, "USD", 100_000);
    var poor = shop.fundedAccount(ann, "EUR", 100);
    var before = shop.state(ann, account, lamp);

    assertError(purchase(ann, dollars, 1), 422, "currency_mismatch");
    assertError(purchase(ann, poor, 1), 409, "insufficient_funds");

    assertThat(shop.state(ann, account, lamp)).isEqualTo(before);
    assertThat(shop.balance(dollars)).isEqualTo(100_000);
    assertThat(shop.balance(poor)).isEqualTo(100);
  }

  @Test
  void aPurchaseCanBeCancelledAsAnOrder() {
    var purchase = expect(purchase(ann, account, 2), 201);

    expect(shop.post(ann, "/v1/orders/" + purchase.get("orderId").asText() + "/cancel", null), 200);

    var after = expect(shop.get(ann, "/v1/purchases/" + purchase.get("id").asText()), 200);
    assertThat(after.get("status").asText()).isEqualTo("cancelled");
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(100_000);
  }
}
