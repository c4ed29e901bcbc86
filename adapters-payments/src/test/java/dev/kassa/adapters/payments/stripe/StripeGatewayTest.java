package dev.kassa.adapters.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.kassa.adapters.payments.StripeSigning;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.IntentRequest;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StripeGatewayTest {

  private static final String KEY = "sk_test_kassa_secret_key";
  private static final String WEBHOOK_SECRET = "whsec_stripe_test";
  private static final Money PRICE = Money.of(1999, "EUR");
  private static final String INTENT =
      """
      {"id":"pi_123","object":"payment_intent","amount":1999,"currency":"eur",
       "client_secret":"pi_123_secret_abc","status":"requires_payment_method"}""";

  private final StubStripe stripe = new StubStripe();
  private final StripeGateway gateway =
      new StripeGateway(new StripeSettings(KEY, WEBHOOK_SECRET, stripe.apiBase()));
  private final IntentRequest request =
      new IntentRequest(OrderId.newId(), PaymentId.newId(), PRICE, "pay-1");

  @AfterEach
  void stopStripe() {
    stripe.close();
  }

  @Test
  void createsAnIntentForTheAmountWithTheOrderAsMetadataAndTheIdempotencyKey() {
    stripe.answer(200, INTENT);

    var intent = gateway.createIntent(request);

    assertThat(intent.id()).isEqualTo("pi_123");
    assertThat(intent.clientSecret()).isEqualTo("pi_123_secret_abc");
    var sent = stripe.onlyRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/payment_intents");
    assertThat(sent.authorization()).isEqualTo("Bearer " + KEY);
    assertThat(sent.idempotencyKey()).isEqualTo("pay-1");
    assertThat(sent.form())
        .contains(
            entry("amount", "1999"),
            entry("currency", "eur"),
            entry("metadata[order_id]", request.orderId().toString()),
            entry("metadata[payment_id]", request.paymentId().toString()),
            entry("automatic_payment_methods[enabled]", "true"));
  }

  @ParameterizedTest
  @CsvSource({
    "402, card_error, card_declined",
    "400, invalid_request_error, parameter_invalid_integer",
    "401, invalid_request_error, api_key_invalid"
  })
  void aRefusalIsAProviderFailureThatNamesNoSecret(int status, String type, String code) {
    stripe.answer(
        status,
        """
        {"error":{"type":"%s","code":"%s","message":"Refused for key %s"}}"""
            .formatted(type, code, KEY));

    assertThatThrownBy(() -> gateway.createIntent(request))
        .isInstanceOfSatisfying(
            PaymentProviderException.class, e -> assertThat(e.isRefusal()).isTrue())
        .hasMessageContainingAll("HTTP " + status, code, "req_stub")
        .message()
        .doesNotContain(KEY);
    assertThat(stripe.requests()).hasSize(1);
  }

  @Test
  void aServerErrorIsRetriedWithTheSameKeyThenReported() {
    stripe.answer(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something broke.\"}}");

    assertThatThrownBy(() -> gateway.createIntent(request))
        .isInstanceOfSatisfying(
            PaymentProviderException.class, e -> assertThat(e.isRefusal()).isFalse())
        .hasMessageContaining("HTTP 500");
    assertThat(stripe.requests())
        .hasSize(1 + StripeGateway.MAX_NETWORK_RETRIES)
        .allSatisfy(sent -> assertThat(sent.idempotencyKey()).isEqualTo("pay-1"));
  }

  @Test
  void anUnreachableStripeIsAProviderFailure() throws IOException {
    int closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    var unreachable =
        new StripeGateway(
            new StripeSettings(KEY, WEBHOOK_SECRET, "http://127.0.0.1:" + closedPort));

    assertThatThrownBy(() -> unreachable.createIntent(request))
        .isInstanceOfSatisfying(
            PaymentProviderException.class, e -> assertThat(e.isRefusal()).isFalse())
        .hasMessage("Stripe could not be reached to create the payment intent");
  }

  @Test
  void cancelsAnIntent() {
    stripe.answer(200, INTENT.replace("requires_payment_method", "canceled"));

    gateway.cancelIntent("pi_123");

    assertThat(stripe.onlyRequest().path()).isEqualTo("/v1/payment_intents/pi_123/cancel");
  }

  @Test
  void cancelingACanceledIntentDoesNothing() {
    stripe.answer(
        400,
        """
        {"error":{"type":"invalid_request_error","code":"payment_intent_unexpected_state",
         "message":"You cannot cancel this PaymentIntent because it has a status of canceled.",
         "payment_intent":%s}}"""
            .formatted(INTENT.replace("requires_payment_method", "canceled")));

    gateway.cancelIntent("pi_123");
  }

  @Test
  void cancelingAPaidIntentIsAProviderFailure() {
    stripe.answer(
        400,
        """
        {"error":{"type":"invalid_request_error","code":"payment_intent_unexpected_state",
         "message":"You cannot cancel this PaymentIntent because it has a status of succeeded.",
         "payment_intent":%s}}"""
            .formatted(INTENT.replace("requires_payment_method", "succeeded")));

    assertThatThrownBy(() -> gateway.cancelIntent("pi_123"))
        .isInstanceOf(PaymentProviderException.class)
        .hasMessageContaining("payment_intent_unexpected_state");
  }

  @ParameterizedTest
  @CsvSource({"succeeded, SUCCEEDED", "pending, PENDING", "requires_action, PENDING"})
  void refundsPartOfAnIntentWithTheIdempotencyKey(String stripeStatus, RefundStatus status) {
    stripe.answer(200, refund(stripeStatus));

    var refund = gateway.refund("pi_123", Money.of(500, "EUR"), "refund-1");

    assertThat(refund.id()).isEqualTo("re_1");
    assertThat(refund.status()).isEqualTo(status);
    var sent = stripe.onlyRequest();
    assertThat(sent.path()).isEqualTo("/v1/refunds");
    assertThat(sent.idempotencyKey()).isEqualTo("refund-1");
    assertThat(sent.form()).contains(entry("payment_intent", "pi_123"), entry("amount", "500"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"failed", "canceled"})
  void aRefundThatFailedAtStripeIsAProviderFailure(String stripeStatus) {
    stripe.answer(200, refund(stripeStatus));

    assertThatThrownBy(() -> gateway.refund("pi_123", Money.of(500, "EUR"), "refund-1"))
        .isInstanceOf(PaymentProviderException.class)
        .hasMessageContaining(stripeStatus);
  }

  @Test
  void verifiesWebhooksWithTheStripeWebhookSecret() {
    var now = Instant.parse("2026-03-01T10:00:00Z");
    var payload =
        """
        {"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":%d,
         "data":{"object":{"id":"pi_123","object":"payment_intent","amount":1999,"currency":"eur"}}}"""
            .formatted(now.getEpochSecond());

    var event =
        gateway.verifiedEvent(
            payload, StripeSigning.header(payload, WEBHOOK_SECRET, now.getEpochSecond()), now);

    assertThat(event.intentId()).isEqualTo("pi_123");
    assertThat(event.amount()).isEqualTo(PRICE);
    assertThatThrownBy(
            () ->
                gateway.verifiedEvent(
                    payload, StripeSigning.header(payload, KEY, now.getEpochSecond()), now))
        .isInstanceOf(ValidationException.class);
    assertThat(stripe.requests()).isEmpty();
  }

  private static String refund(String status) {
    return """
        {"id":"re_1","object":"refund","amount":500,"currency":"eur","payment_intent":"pi_123",
         "status":"%s"}"""
        .formatted(status);
  }
}
