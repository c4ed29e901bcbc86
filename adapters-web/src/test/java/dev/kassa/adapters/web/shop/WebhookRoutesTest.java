package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.FakeGateway;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.SignedEvent;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookRoutesTest {

  private static final String WEBHOOK = "/v1/webhooks/simulated";
  private static final String JSON_UTF8 = "application/json; charset=utf-8";

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String lamp;
  private JsonNode order;
  private String intent;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    shop.addToCart(ann, lamp, 2);
    order = expect(shop.checkoutWith(ann, Map.of("type", "gateway")), 201);
    intent = order.at("/payment/providerRef").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  private HttpResponse<String> deliver(String path, String payload, String signature) {
    return shop.send(
        "POST", path, payload, "Content-Type", JSON_UTF8, "Stripe-Signature", signature);
  }

  private HttpResponse<String> deliver(SignedEvent event) {
    return deliver(WEBHOOK, event.payload(), event.signatureHeader());
  }

  private SignedEvent event(String id, String type) {
    return shop.gateway().event(id, type, intent, Money.of(5_000, "EUR"));
  }

  private JsonNode currentOrder() {
    return expect(shop.get(ann, "/v1/orders/" + order.get("id").asText()), 200);
  }

  private long receivedEvents() {
    return shop.kassa().storage().receivedEvents().page(PageRequest.first(1)).total();
  }

  @Test
  void aSignedSuccessEventPaysTheOrder() {
    var receipt = expect(deliver(event("evt_1", ProviderEvent.SUCCEEDED)), 200);

    assertThat(receipt.get("received").asBoolean()).isTrue();
    assertThat(receipt.get("eventId").asText()).isEqualTo("evt_1");
    assertThat(receipt.get("outcome").asText()).isEqualTo("applied");
    assertThat(receipt.get("duplicate").asBoolean()).isFalse();
    var paid = currentOrder();
    assertThat(paid.get("status").asText()).isEqualTo("paid");
    assertThat(paid.at("/payment/status").asText()).isEqualTo("captured");
    assertThat(paid.at("/payment/clientSecret").isNull()).isTrue();
  }

  @Test
  void aRedeliveryIsAnsweredAsADuplicateAndChangesNothing() {
    var event = event("evt_1", ProviderEvent.SUCCEEDED);
    expect(deliver(event), 200);
    var paid = currentOrder();

    var again = expect(deliver(event), 200);

    assertThat(again.get("duplicate").asBoolean()).isTrue();
    assertThat(again.get("outcome").asText()).isEqualTo("applied");
    assertThat(currentOrder()).isEqualTo(paid);
    var listed = expect(shop.get(admin, "/v1/admin/webhook-events"), 200);
    assertThat(listed.get("total").asLong()).isEqualTo(1);
    assertThat(listed.at("/data/0/deliveries").asInt()).isEqualTo(2);
  }

  @Test
  void aFailureEventFailsTheOrderAndReleasesItsStock() {
    var receipt = expect(deliver(event("evt_2", ProviderEvent.FAILED)), 200);

    assertThat(receipt.get("outcome").asText()).isEqualTo("applied");
    assertThat(currentOrder().get("status").asText()).isEqualTo("payment_failed");
    assertThat(shop.stock(lamp)).isEqualTo(10);
  }

  @Test
  void theBodyIsCheckedExactlyAsItWasSent() {
    var payload =
        """
        {
          "id": "evt_3", "type": "payment_intent.succeeded", "created": 1767607200,
          "note": "caf\u00e9 \u2603",
          "data": {"object": {"id": "%s", "amount": 5000, "currency": "eur"}}
        }
        """
            .formatted(intent);

    var receipt = expect(deliver(WEBHOOK, payload, FakeGateway.signatureOf(payload)), 200);

    assertThat(receipt.get("eventId").asText()).isEqualTo("evt_3");
    assertThat(currentOrder().get("status").asText()).isEqualTo("paid");
  }

  @Test
  void aBadSignatureIsRefusedWhateverTheBodyAndNothingIsRecorded() {
    var event = event("evt_1", ProviderEvent.SUCCEEDED);
    var tampered = event.payload().replace("5000", "1");

    assertError(deliver(WEBHOOK, tampered, event.signatureHeader()), 400, "validation_failed");
    assertError(deliver(WEBHOOK, event.payload(), "fake=00"), 400, "validation_failed");
    assertError(
        shop.send("POST", WEBHOOK, event.payload(), "Content-Type", JSON_UTF8),
        400,
        "validation_failed");
    assertError(
        shop.send(
            "POST",
            WEBHOOK,
            "not json at all",
            "Content-Type",
            "text/plain",
            "Stripe-Signature",
            "fake=00"),
        400,
        "validation_failed");
    assertError(
        shop.send("POST", WEBHOOK, null, "Stripe-Signature", "fake=00"), 400, "validation_failed");

    assertThat(receivedEvents()).isZero();
    assertThat(currentOrder()).isEqualTo(order);
  }

  @Test
  void aProviderOtherThanTheConfiguredOneIsNotFound() {
    var event = event("evt_1", ProviderEvent.SUCCEEDED);

    assertError(
        deliver("/v1/webhooks/stripe", event.payload(), event.signatureHeader()), 404, "not_found");
    assertThat(receivedEvents()).isZero();
  }

  @Test
  void adminsListTheReceivedEventsNewestFirst() {
    expect(deliver(event("evt_1", "payment_intent.created")), 200);
    shop.clock().advance(Duration.ofSeconds(1));
    expect(deliver(event("evt_2", ProviderEvent.SUCCEEDED)), 200);

    var page = expect(shop.get(admin, "/v1/admin/webhook-events?limit=1"), 200);

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    var newest = page.at("/data/0");
    assertThat(newest.get("provider").asText()).isEqualTo("simulated");
    assertThat(newest.get("eventId").asText()).isEqualTo("evt_2");
    assertThat(newest.get("type").asText()).isEqualTo(ProviderEvent.SUCCEEDED);
    assertThat(newest.get("intentId").asText()).isEqualTo(intent);
    assertThat(newest.get("outcome").asText()).isEqualTo("applied");
    assertThat(newest.get("deliveries").asInt()).isEqualTo(1);
    var older = expect(shop.get(admin, "/v1/admin/webhook-events?offset=1"), 200);
    assertThat(older.at("/data/0/eventId").asText()).isEqualTo("evt_1");
    assertThat(older.at("/data/0/outcome").asText()).isEqualTo("ignored");
    assertError(shop.get(ann, "/v1/admin/webhook-events"), 403, "forbidden");
  }
}
