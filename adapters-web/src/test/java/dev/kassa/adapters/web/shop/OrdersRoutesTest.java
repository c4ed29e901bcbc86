package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.application.auth.AuthResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersRoutesTest {

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

  private JsonNode buy(AuthResult buyer, String from, int quantity) {
    shop.clock().advance(Duration.ofMinutes(1));
    shop.addToCart(buyer, lamp, quantity);
    return expect(shop.checkout(buyer, from), 201);
  }

  private static String path(JsonNode order) {
    return "/v1/orders/" + order.get("id").asText();
  }

  private static String id(JsonNode order) {
    return order.get("id").asText();
  }

  private static List<String> ids(JsonNode page) {
    var ids = new ArrayList<String>();
    page.get("data").forEach(order -> ids.add(order.get("id").asText()));
    return ids;
  }

  @Test
  void cancellingGivesBackTheStockAndTheMoney() {
    var order = buy(ann, account, 4);
    shop.clock().advance(Duration.ofMinutes(1));

    var cancelled = expect(shop.post(ann, path(order) + "/cancel", null), 200);

    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.at("/payment/status").asText()).isEqualTo("refunded");
    assertThat(cancelled.at("/payment/amountRefunded").asLong()).isEqualTo(10_000);
    assertThat(cancelled.get("statusHistory")).hasSize(2);
    assertThat(cancelled.at("/statusHistory/1/status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.at("/statusHistory/1/at").asText()).isEqualTo("2026-01-05T10:02:00Z");
    assertThat(cancelled.get("items")).isEqualTo(order.get("items"));
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(100_000);
    assertThat(expect(shop.get(ann, path(order)), 200)).isEqualTo(cancelled);
  }

  @Test
  void aRetriedCancelReplaysAndACancelledOrderCannotBeCancelledAgain() {
    var order = buy(ann, account, 1);
    var key = "cancel-" + UUID.randomUUID();

    var first = shop.post(ann, path(order) + "/cancel", null, "Idempotency-Key", key);
    var retry = shop.post(ann, path(order) + "/cancel", null, "Idempotency-Key", key);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(shop.balance(account)).isEqualTo(100_000);
    assertError(shop.post(ann, path(order) + "/cancel", null), 409, "invalid_state_transition");
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(100_000);
  }

  @Test
  void anAdminShipsAndDeliversAndIllegalStepsAreRefused() {
    var order = buy(ann, account, 1);

    assertError(
        shop.patch(admin, path(order), Map.of("status", "delivered")),
        409,
        "invalid_state_transition");
    var shipped = expect(shop.patch(admin, path(order), Map.of("status", "shipped")), 200);
    assertError(shop.post(ann, path(order) + "/cancel", null), 409, "invalid_state_transition");
    assertError(
        shop.patch(admin, path(order), Map.of("status", "shipped")),
        409,
        "invalid_state_transition");
    var delivered = expect(shop.patch(admin, path(order), Map.of("status", "delivered")), 200);

    assertThat(shipped.get("status").asText()).isEqualTo("shipped");
    assertThat(delivered.get("status").asText()).isEqualTo("delivered");
    assertThat(delivered.get("statusHistory").findValuesAsText("status"))
        .containsExactly("paid", "shipped", "delivered");
    assertThat(shop.stock(lamp)).isEqualTo(9);
    assertThat(shop.balance(account)).isEqualTo(100_000 - 2_500);
  }

  @Test
  void theStatusChangeTakesOnlyShippedOrDelivered() {
    var order = buy(ann, account, 1);

    for (var status : List.of("cancelled", "paid", "lost", "SHIPPED")) {
      var error =
          assertError(
              shop.patch(admin, path(order), Map.of("status", status)), 400, "validation_failed");
      assertThat(error.get("details").has("status")).as(status).isTrue();
    }
    assertError(shop.patch(admin, path(order), Map.of()), 400, "validation_failed");
    assertThat(expect(shop.get(ann, path(order)), 200).get("status").asText()).isEqualTo("paid");
  }

  @Test
  void onlyAdminsMoveOrdersAlong() {
    var order = buy(ann, account, 1);

    assertError(shop.patch(ann, path(order), Map.of("status", "shipped")), 403, "forbidden");
    assertError(shop.patch(null, path(order), Map.of("status", "shipped")), 401, "unauthenticated");
    assertError(
        shop.patch(admin, "/v1/orders/" + UUID.randomUUID(), Map.of("status", "shipped")),
        404,
        "not_found");
    assertThat(expect(shop.get(ann, path(order)), 200).get("status").asText()).isEqualTo("paid");
  }

  @Test
  void anotherCustomersOrderIsNotFoundAndCannotBeCancelled() {
    var order = buy(ann, account, 2);
    var bob = shop.customer();

    assertError(shop.get(bob, path(order)), 404, "not_found");
    assertError(shop.post(bob, path(order) + "/cancel", null), 404, "not_found");
    assertError(shop.get(bob, "/v1/orders/" + UUID.randomUUID()), 404, "not_found");
    assertError(shop.get(bob, "/v1/orders/not-an-id"), 404, "not_found");
    assertError(shop.get(null, path(order)), 401, "unauthenticated");
    assertThat(expect(shop.get(ann, path(order)), 200).get("status").asText()).isEqualTo("paid");
    assertThat(shop.stock(lamp)).isEqualTo(8);
  }

  @Test
  void anAdminReadsAndCancelsAnyOrder() {
    var order = buy(ann, account, 2);

    assertThat(expect(shop.get(admin, path(order)), 200)).isEqualTo(order);
    var cancelled = expect(shop.post(admin, path(order) + "/cancel", null), 200);

    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(100_000);
  }

  @Test
  void customersListTheirOwnOrdersAndAdminsEveryonesNewestFirst() {
    var first = buy(ann, account, 1);
    var second = buy(ann, account, 1);
    var bob = shop.customer();
    var bobs = buy(bob, shop.fundedAccount(bob, "EUR", 10_000), 1);
    expect(shop.post(ann, path(first) + "/cancel", null), 200);

    var annsOrders = expect(shop.get(ann, "/v1/orders"), 200);
    var paid = expect(shop.get(ann, "/v1/orders?status=paid"), 200);
    var everyone = expect(shop.get(admin, "/v1/orders"), 200);
    var bobsForAdmin = expect(shop.get(admin, "/v1/orders?userId=" + bob.user().id()), 200);
    var own = expect(shop.get(bob, "/v1/orders?userId=" + bob.user().id()), 200);

    assertThat(ids(annsOrders)).containsExactly(id(second), id(first));
    assertThat(annsOrders.get("total").asLong()).isEqualTo(2);
    assertThat(ids(paid)).containsExactly(id(second));
    assertThat(ids(everyone)).containsExactly(id(bobs), id(second), id(first));
    assertThat(ids(bobsForAdmin)).containsExactly(id(bobs));
    assertThat(ids(own)).containsExactly(id(bobs));
    assertError(shop.get(bob, "/v1/orders?userId=" + ann.user().id()), 403, "forbidden");
  }

  @Test
  void badListFiltersAreRefusedNamingThem() {
    for (var query : List.of("status=lost", "userId=42", "limit=0", "offset=x")) {
      var error = assertError(shop.get(ann, "/v1/orders?" + query), 400, "validation_failed");
      assertThat(error.get("details").has(query.substring(0, query.indexOf('='))))
          .as(query)
          .isTrue();
    }
  }
}
