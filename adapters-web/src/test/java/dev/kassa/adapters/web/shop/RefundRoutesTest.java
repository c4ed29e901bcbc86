package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.shared.Money;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefundRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String order;
  private String refunds;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 10_000);
    var lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    shop.addToCart(ann, lamp, 2);
    order = expect(shop.checkout(ann, account), 201).get("id").asText();
    refunds = "/v1/orders/" + order + "/refunds";
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  private String payment(String field) {
    return expect(shop.get(ann, "/v1/orders/" + order), 200).get("payment").get(field).asText();
  }

  @Test
  void aPartialRefundThenAnEmptyBodyGiveEverythingBack() {
    var partial = expect(shop.post(admin, refunds, Map.of("amount", 2_000)), 201);

    assertThat(partial.get("orderId").asText()).isEqualTo(order);
    assertThat(partial.get("paymentId").asText()).isEqualTo(payment("id"));
    assertThat(partial.get("amount").asLong()).isEqualTo(2_000);
    assertThat(partial.get("currency").asText()).isEqualTo("EUR");
    assertThat(partial.get("status").asText()).isEqualTo("succeeded");
    assertThat(partial.get("providerRef").isNull()).isTrue();
    assertThat(shop.balance(account)).isEqualTo(7_000);
    assertThat(payment("status")).isEqualTo("partially_refunded");

    var rest = expect(shop.send("POST", refunds, null, LiveKassa.bearer(admin)), 201);

    assertThat(rest.get("amount").asLong()).isEqualTo(3_000);
    assertThat(shop.balance(account)).isEqualTo(10_000);
    assertThat(payment("status")).isEqualTo("refunded");
    assertThat(payment("amountRefunded")).isEqualTo("5000");
    assertError(shop.post(admin, refunds, "{}"), 409, "invalid_state_transition");
  }

  @Test
  void anEmptyObjectRefundsEverything() {
    var refund = expect(shop.post(admin, refunds, "{}"), 201);

    assertThat(refund.get("amount").asLong()).isEqualTo(5_000);
    assertThat(shop.balance(account)).isEqualTo(10_000);
  }

  @Test
  void aRefundAboveTheRemainderIsRefusedAndChangesNothing() {
    expect(shop.post(admin, refunds, Map.of("amount", 4_000)), 201);

    var error =
        assertError(shop.post(admin, refunds, Map.of("amount", 1_001)), 400, "validation_failed");

    assertThat(error.get("details").has("amount")).isTrue();
    assertThat(shop.balance(account)).isEqualTo(9_000);
    assertThat(payment("amountRefunded")).isEqualTo("4000");
  }

  @Test
  void customersMayNotRefund() {
    assertError(shop.post(ann, refunds, Map.of("amount", 100)), 403, "forbidden");
    assertThat(shop.balance(account)).isEqualTo(5_000);
  }

  @Test
  void aRetriedRefundIsReplayedAndRefundsOnce() {
    var first = shop.post(admin, refunds, Map.of("amount", 500), "Idempotency-Key", "refund-1");
    var retry = shop.post(admin, refunds, Map.of("amount", 500), "Idempotency-Key", "refund-1");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(shop.balance(account)).isEqualTo(5_500);
    assertError(
        shop.post(admin, refunds, Map.of("amount", 600), "Idempotency-Key", "refund-1"),
        422,
        "idempotency_key_reused");
  }

  @Test
  void aGatewayPaymentIsRefundedThroughTheProvider() {
    var paid = paidAtTheProvider(expect(shop.checkoutWith(ann, deskInCart()), 201));

    var refund =
        expect(
            shop.post(
                admin,
                "/v1/orders/" + paid.get("id").asText() + "/refunds",
                Map.of("amount", 1_500)),
            201);

    assertThat(refund.get("providerRef").asText()).startsWith("re_");
    assertThat(shop.gateway().refunds()).containsExactly(Money.of(1_500, "EUR"));
  }

  @Test
  void aRefundTheProviderRefusedIsUnavailableAndShownAsFailed() {
    var paid = paidAtTheProvider(expect(shop.checkoutWith(ann, deskInCart()), 201));
    shop.gateway().failing(true);

    var down = shop.post(admin, "/v1/orders/" + paid.get("id").asText() + "/refunds", Map.of());

    assertError(down, 503, "unavailable");
    var payment = expect(shop.get(ann, "/v1/payments/" + paid.at("/payment/id").asText()), 200);
    assertThat(payment.get("status").asText()).isEqualTo("captured");
    assertThat(payment.get("amountRefunded").asLong()).isZero();
    assertThat(payment.at("/refunds/0/status").asText()).isEqualTo("failed");
    assertThat(payment.at("/refunds/0/amount").asLong()).isEqualTo(4_000);
    assertThat(payment.get("refunds")).hasSize(1);
  }

  @Test
  void keyedGatewayRefundsAndCancellationsCallTheProviderOnceOutsideAnyUnitOfWorkAndReplay() {
    var gateway = deskInCart();
    var paid = expect(shop.checkoutWith(ann, gateway, "Idempotency-Key", "c-1"), 201);
    var replayedCheckout = shop.checkoutWith(ann, gateway, "Idempotency-Key", "c-1");
    assertThat(expect(replayedCheckout, 201)).isEqualTo(paid);
    assertThat(replayedCheckout.headers().firstValue("Idempotent-Replayed")).contains("true");
    paidAtTheProvider(paid);
    var order = "/v1/orders/" + paid.get("id").asText();

    var refund =
        expect(
            shop.post(admin, order + "/refunds", Map.of("amount", 1_000), "Idempotency-Key", "r-1"),
            201);
    var again =
        shop.post(admin, order + "/refunds", Map.of("amount", 1_000), "Idempotency-Key", "r-1");
    var cancelled =
        expect(shop.post(ann, order + "/cancel", Map.of(), "Idempotency-Key", "x-1"), 200);
    var cancelledAgain = shop.post(ann, order + "/cancel", Map.of(), "Idempotency-Key", "x-1");

    assertThat(expect(again, 201)).isEqualTo(refund);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(expect(cancelledAgain, 200)).isEqualTo(cancelled);
    assertThat(shop.gateway().refunds())
        .containsExactly(Money.of(1_000, "EUR"), Money.of(3_000, "EUR"));
  }

  /**
   * Puts a desk of EUR 40.00 in ann's cart; returns the gateway payment method to check out with.
   */
  private Map<String, String> deskInCart() {
    var desk = shop.product(admin, productBody("Desk", 4_000, "EUR", 1)).get("id").asText();
    shop.addToCart(ann, desk, 1);
    return Map.of("type", "gateway");
  }

  /** Settles the order's intent through the provider's signed success event; returns the order. */
  private JsonNode paidAtTheProvider(JsonNode order) {
    var intent = order.at("/payment/providerRef").asText();
    var event =
        shop.gateway().event("evt_1", ProviderEvent.SUCCEEDED, intent, Money.of(4_000, "EUR"));
    shop.kassa()
        .receiveProviderEvent()
        .execute("simulated", event.payload(), event.signatureHeader());
    return order;
  }
}
