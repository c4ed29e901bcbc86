package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayCheckoutRoutesTest {

  private static final Map<String, String> GATEWAY = Map.of("type", "gateway");

  private Shop shop;
  private AuthResult ann;
  private String account;
  private String lamp;

  @BeforeEach
  void start() {
    shop = Shop.start();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 10_000);
    lamp = shop.product(shop.admin(), productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void aGatewayCheckoutReservesTheStockAndWaitsForThePaymentWithItsClientSecret() {
    shop.addToCart(ann, lamp, 2);

    var order = expect(shop.checkoutWith(ann, GATEWAY), 201);

    assertThat(order.get("status").asText()).isEqualTo("pending_payment");
    var payment = order.get("payment");
    assertThat(payment.get("method").asText()).isEqualTo("gateway");
    assertThat(payment.get("status").asText()).isEqualTo("pending");
    assertThat(payment.get("provider").asText()).isEqualTo("simulated");
    var intent = payment.get("providerRef").asText();
    assertThat(intent).startsWith("pi_");
    assertThat(payment.get("clientSecret").asText()).startsWith(intent + "_secret_");
    assertThat(payment.get("amount").asLong()).isEqualTo(5_000);
    assertThat(payment.get("accountId").isNull()).isTrue();
    assertThat(Instant.parse(payment.get("expiresAt").asText())).isAfter(shop.clock().instant());
    assertThat(shop.gateway().intent(intent)).isPresent();
    assertThat(shop.stock(lamp)).isEqualTo(8);
    assertThat(shop.cart(ann).lines()).isEmpty();
    assertThat(shop.balance(account)).isEqualTo(10_000);
    var read = expect(shop.get(ann, "/v1/orders/" + order.get("id").asText()), 200);
    assertThat(read).isEqualTo(order);
  }

  @Test
  void anUnreachableProviderIsUnavailableReleasesTheReservationAndFreesTheIdempotencyKey() {
    shop.addToCart(ann, lamp, 1);
    var before = shop.state(ann, account, lamp);
    shop.gateway().failing(true);

    var down = shop.checkoutWith(ann, GATEWAY, "Idempotency-Key", "gateway-1");

    var error = assertError(down, 503, "unavailable");
    assertThat(error.get("message").asText())
        .isEqualTo("The payment provider is unavailable; try again later.");
    assertThat(down.body()).doesNotContain("refused", "sk_test", "example.test");
    var released =
        new Shop.State(
            before.stocks(), before.balance(), before.cart(), before.orders() + 1, before.lines());
    assertThat(shop.state(ann, account, lamp)).isEqualTo(released);
    var orders = expect(shop.get(ann, "/v1/orders"), 200).get("data");
    assertThat(orders.get(0).get("status").asText()).isEqualTo("payment_failed");

    shop.gateway().failing(false);
    var retry = shop.checkoutWith(ann, GATEWAY, "Idempotency-Key", "gateway-1");

    assertThat(expect(retry, 201).get("status").asText()).isEqualTo("pending_payment");
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }
}
