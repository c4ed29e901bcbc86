package dev.kassa.bootstrap.e2e.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.payments.StripeWebhooks;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.bootstrap.KassaServer;
import dev.kassa.bootstrap.config.KassaConfig;
import dev.kassa.bootstrap.e2e.Bank;
import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.KassaHttp;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server configured with {@code PAYMENT_PROVIDER=stripe} and {@code STRIPE_API_BASE} at a stub
 * of Stripe's API: a gateway checkout creates a PaymentIntent there (order id in its metadata, an
 * idempotency key per order), Stripe's signed webhook at {@code /v1/webhooks/stripe} settles the
 * order, and a refund goes to Stripe.
 */
@ExtendWith(KassaServerExtension.class)
class StripeProviderE2ETest {

  private static final String WEBHOOK_SECRET = "whsec_" + UUID.randomUUID();

  @Test
  void aGatewayOrderIsPaidAndRefundedThroughStripe(RunningKassa kassa) {
    try (var stripe = new StripeStub();
        var server =
            KassaServer.start(KassaConfig.fromEnvironment(stripeSettings(kassa, stripe)))) {
      var http = new KassaHttp(server.port(), OpenApiContract.fromClasspath());
      var bank = new Bank(http);
      var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
      var product = product(http, admin);
      var buyer = bank.register();
      http.post("/v1/cart/items")
          .as(buyer)
          .json(Map.of("productId", product, "quantity", 2))
          .send()
          .expect(201);

      var order =
          http.post("/v1/checkout")
              .as(buyer)
              .json(Map.of("paymentMethod", Map.of("type", "gateway")))
              .send()
              .expect(201);

      var orderId = order.get("id").asText();
      assertThat(order.at("/payment/provider").asText()).isEqualTo("stripe");
      assertThat(order.at("/payment/clientSecret").asText()).endsWith("_secret_stub");
      var created = stripe.requests().getFirst();
      assertThat(created.path()).isEqualTo("/v1/payment_intents");
      assertThat(created.idempotencyKey()).isEqualTo("order-" + orderId);
      assertThat(created.form())
          .containsEntry("amount", "3000")
          .containsEntry("currency", "eur")
          .containsEntry("metadata[order_id]", orderId);
      var intent = order.at("/payment/providerRef").asText();
      var event =
          """
          {"id":"evt_%s","object":"event","type":"payment_intent.succeeded","created":%d,\
          "data":{"object":{"id":"%s","object":"payment_intent","amount":3000,\
          "currency":"eur","status":"succeeded"}}}"""
              .formatted(UUID.randomUUID(), Instant.now().getEpochSecond(), intent);
      var signed = new StripeWebhooks(WEBHOOK_SECRET).sign(event, Instant.now());
      http.post("/v1/webhooks/simulated")
          .header(StripeWebhooks.HEADER, signed.signatureHeader())
          .body("application/json", event)
          .send()
          .expectError(404, "not_found");
      var receipt =
          http.post("/v1/webhooks/stripe")
              .header(StripeWebhooks.HEADER, signed.signatureHeader())
              .body("application/json", event)
              .send()
              .expect(200);
      assertThat(receipt.get("outcome").asText()).isEqualTo("applied");
      var paid = http.get("/v1/orders/" + orderId).as(buyer).send().expect(200);
      assertThat(paid.get("status").asText()).isEqualTo("paid");

      var refund =
          http.post("/v1/orders/" + orderId + "/refunds")
              .as(admin)
              .json(Map.of("amount", 1_000))
              .send()
              .expect(201);

      assertThat(refund.get("providerRef").asText()).startsWith("re_stub");
      assertThat(stripe.requests().getLast().form())
          .containsEntry("payment_intent", intent)
          .containsEntry("amount", "1000");
      assertThat(stripe.requests().getLast().idempotencyKey())
          .isEqualTo("refund-" + refund.get("id").asText());
      var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
      assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
    }
  }

  private static Map<String, String> stripeSettings(RunningKassa kassa, StripeStub stripe) {
    var variables = new HashMap<>(kassa.configuration());
    variables.put("PAYMENT_PROVIDER", "stripe");
    variables.put("STRIPE_SECRET_KEY", "sk_test_" + UUID.randomUUID());
    variables.put("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
    variables.put("STRIPE_API_BASE", stripe.apiBase());
    return variables;
  }

  private static String product(KassaHttp http, Caller admin) {
    var fields = new HashMap<String, Object>();
    fields.put("sku", "STRIPE-" + UUID.randomUUID());
    fields.put("name", "Globe");
    fields.put("description", "Paid through Stripe");
    fields.put("price", 1_500);
    fields.put("currency", "EUR");
    fields.put("category", "e2e-stripe");
    fields.put("stock", 5);
    fields.put("imageUrls", List.of());
    return http.post("/v1/products").as(admin).json(fields).send().expect(201).get("id").asText();
  }
}
