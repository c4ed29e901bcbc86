package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentRoutesTest {

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
    account = shop.fundedAccount(ann, "EUR", 10_000);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void theBuyerAndAdminsReadThePaymentWithItsHistoryAndRefunds() {
    shop.addToCart(ann, lamp, 2);
    var order = expect(shop.checkout(ann, account), 201);
    var id = order.at("/payment/id").asText();
    var path = "/v1/orders/" + order.get("id").asText() + "/refunds";
    var refund = expect(shop.post(admin, path, Map.of("amount", 1_000)), 201);

    var payment = expect(shop.get(ann, "/v1/payments/" + id), 200);

    assertThat(payment.get("id").asText()).isEqualTo(id);
    assertThat(payment.get("orderId").asText()).isEqualTo(order.get("id").asText());
    assertThat(payment.get("method").asText()).isEqualTo("account");
    assertThat(payment.get("provider").asText()).isEqualTo("kassa");
    assertThat(payment.get("status").asText()).isEqualTo("partially_refunded");
    assertThat(payment.get("amount").asLong()).isEqualTo(5_000);
    assertThat(payment.get("amountRefunded").asLong()).isEqualTo(1_000);
    assertThat(payment.get("currency").asText()).isEqualTo("EUR");
    assertThat(payment.get("accountId").asText()).isEqualTo(account);
    assertThat(payment.get("history")).hasSize(2);
    assertThat(payment.at("/history/0/status").asText()).isEqualTo("captured");
    assertThat(payment.at("/history/1/status").asText()).isEqualTo("partially_refunded");
    assertThat(payment.get("refunds")).hasSize(1);
    assertThat(payment.at("/refunds/0")).isEqualTo(refund);
    assertThat(expect(shop.get(admin, "/v1/payments/" + id), 200)).isEqualTo(payment);
  }

  @Test
  void aPendingGatewayPaymentShowsItsClientSecret() {
    shop.addToCart(ann, lamp, 1);
    var order = expect(shop.checkoutWith(ann, Map.of("type", "gateway")), 201);

    var payment = expect(shop.get(ann, "/v1/payments/" + order.at("/payment/id").asText()), 200);

    assertThat(payment.get("status").asText()).isEqualTo("pending");
    assertThat(payment.get("provider").asText()).isEqualTo("simulated");
    assertThat(payment.get("providerRef").asText())
        .isEqualTo(order.at("/payment/providerRef").asText());
    assertThat(payment.get("clientSecret").asText())
        .isEqualTo(order.at("/payment/clientSecret").asText());
    assertThat(payment.get("refunds")).isEmpty();
  }

  @Test
  void anotherCustomersOrAnUnknownPaymentIsNotFound() {
    shop.addToCart(ann, lamp, 1);
    var id = expect(shop.checkout(ann, account), 201).at("/payment/id").asText();
    var bob = shop.customer();

    assertError(shop.get(bob, "/v1/payments/" + id), 404, "not_found");
    assertError(shop.get(ann, "/v1/payments/" + UUID.randomUUID()), 404, "not_found");
    assertError(shop.get(ann, "/v1/payments/not-a-payment"), 404, "not_found");
    assertError(shop.get(null, "/v1/payments/" + id), 401, "unauthenticated");
  }
}
