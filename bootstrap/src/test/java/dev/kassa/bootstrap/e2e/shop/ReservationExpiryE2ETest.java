package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import dev.kassa.bootstrap.e2e.Bank;
import dev.kassa.bootstrap.e2e.KassaHttp;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway checkout that is never paid: once its reservation expires, the housekeeping cancels the
 * order and the stock is for sale again, and the intent is cancelled at the provider, so the buyer
 * can no longer pay it.
 */
@ExtendWith(KassaServerExtension.class)
class ReservationExpiryE2ETest {

  @Test
  void anExpiredReservationReleasesItsStock(RunningKassa kassa) throws InterruptedException {
    var variables = new HashMap<>(kassa.configuration());
    variables.put("PAYMENT_RESERVATION_TTL", "PT1S");
    try (var server = KassaServer.start(KassaConfig.fromEnvironment(variables))) {
      var http = new KassaHttp(server.port(), OpenApiContract.fromClasspath());
      var bank = new Bank(http);
      var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
      var product =
          http.post("/v1/products")
              .as(admin)
              .json(Shop.productFields(Shop.newCategory(), "Kite", 2_000, 4))
              .send()
              .expect(201)
              .get("id")
              .asText();
      var buyer = bank.register();
      http.post("/v1/cart/items")
          .as(buyer)
          .json(Map.of("productId", product, "quantity", 4))
          .send()
          .expect(201);
      var order =
          http.post("/v1/checkout")
              .as(buyer)
              .json(Map.of("paymentMethod", Map.of("type", "gateway")))
              .send()
              .expect(201);
      assertThat(stock(http, product)).isZero();

      Thread.sleep(1_100);
      assertThat(server.kassa().expireUnpaidOrders().execute()).isPositive();

      var expired = http.get("/v1/orders/" + order.get("id").asText()).as(buyer).send().expect(200);
      assertThat(expired.get("status").asText()).isEqualTo("cancelled");
      assertThat(expired.at("/payment/status").asText()).isEqualTo("voided");
      assertThat(stock(http, product)).isEqualTo(4);
      var intent = order.at("/payment/providerRef").asText();
      http.post("/pay/" + intent)
          .body("application/x-www-form-urlencoded", "decision=approve")
          .send()
          .expectError(409, "invalid_state_transition");
      assertThat(http.get("/v1/orders/" + order.get("id").asText()).as(buyer).send().expect(200))
          .isEqualTo(expired);
      assertThat(stock(http, product)).isEqualTo(4);
      var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
      assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
    }
  }

  private static int stock(KassaHttp http, String product) {
    return http.get("/v1/products/" + product).send().expect(200).get("stock").asInt();
  }
}
