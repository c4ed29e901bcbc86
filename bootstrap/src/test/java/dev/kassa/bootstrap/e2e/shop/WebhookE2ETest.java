package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.KassaServerExtension;
import dev.kassa.bootstrap.e2e.Parallel;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.time.Instant;
import java.util.Collections;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment provider's webhooks on the assembled server: signed as Stripe signs them, each event
 * applied at most once whatever the number of copies in flight, anything forged, stale or tampered
 * refused before it changes anything, and the simulated provider's page settling a payment.
 */
@ExtendWith(KassaServerExtension.class)
class WebhookE2ETest {

  @Test
  void fiftyConcurrentCopiesOfOneEventPayTheOrderOnce(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Lamp", 3_300, 5).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 2);
    var order = payments.payAtProvider(buyer.caller()).expect(201);
    var payload = Payments.succeeded(order);
    var signature = payments.signature(payload, Instant.now());

    var replies =
        Parallel.run(
            16,
            Collections.<Supplier<Reply>>nCopies(
                50, () -> payments.webhook(payload, signature).send()));

    assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
    assertThat(replies).filteredOn(reply -> !reply.json().get("duplicate").asBoolean()).hasSize(1);
    var paid = shop.order(buyer.caller(), order.get("id").asText());
    assertThat(paid.get("status").asText()).isEqualTo("paid");
    assertThat(paid.at("/payment/status").asText()).isEqualTo("captured");
    var payment = payments.payment(buyer.caller(), order.at("/payment/id").asText());
    assertThat(payment.get("history").findValuesAsText("status"))
        .containsExactly("pending", "captured");
    var recorded = received(payments, payload);
    assertThat(recorded.get("deliveries").asInt()).isEqualTo(50);
    assertThat(recorded.get("outcome").asText()).isEqualTo("applied");
    assertThat(shop.stock(product)).isEqualTo(3);
    shop.assertLedgerIsSound();
  }

  @Test
  void forgedStaleOrTamperedEventsAreRefusedAndChangeNothing(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Rug", 9_000, 2).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 1);
    var order = payments.payAtProvider(buyer.caller()).expect(201);
    var payload = Payments.succeeded(order);
    var now = Instant.now();
    var forged = new Payments(kassa, shop, "whsec_not_the_real_one");

    payments
        .webhook(payload, forged.signature(payload, now))
        .send()
        .expectError(400, "validation_failed");
    payments
        .webhook(payload, payments.signature(payload, now.minusSeconds(400)))
        .send()
        .expectError(400, "validation_failed");
    payments
        .webhook(payload.replace("9000", "1"), payments.signature(payload, now))
        .send()
        .expectError(400, "validation_failed");
    payments.webhook(payload, "").send().expectError(400, "validation_failed");
    payments.webhook(payload, "t=1,v1=zz").send().expectError(400, "validation_failed");

    var unchanged = shop.order(buyer.caller(), order.get("id").asText());
    assertThat(unchanged.get("status").asText()).isEqualTo("pending_payment");
    assertThat(payments.webhookEvents().get("data").findValuesAsText("eventId"))
        .doesNotContain(eventId(payload));
    assertThat(shop.stock(product)).isEqualTo(1);
    payments.deliver(payload).expect(200);
    assertThat(shop.order(buyer.caller(), order.get("id").asText()).get("status").asText())
        .isEqualTo("paid");
  }

  @Test
  void aDeclinedPaymentOnTheProvidersPageReleasesTheStock(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Vase", 4_000, 3).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 3);
    var order = payments.payAtProvider(buyer.caller()).expect(201);
    var intent = order.at("/payment/providerRef").asText();
    assertThat(shop.stock(product)).isZero();
    assertThat(kassa.http().get("/pay/" + intent).send().body()).contains("120.00 EUR");

    var answer = payments.decide(intent, "decline");

    assertThat(answer.status()).isEqualTo(303);
    var failed = shop.order(buyer.caller(), order.get("id").asText());
    assertThat(failed.get("status").asText()).isEqualTo("payment_failed");
    assertThat(failed.at("/payment/status").asText()).isEqualTo("failed");
    assertThat(shop.stock(product)).isEqualTo(3);
    payments.decide(intent, "approve").expectError(409, "invalid_state_transition");
  }

  @Test
  void anApprovedPaymentOnTheProvidersPagePaysTheOrder(RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Chair", 7_500, 3).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 1);
    var order = payments.payAtProvider(buyer.caller()).expect(201);

    assertThat(payments.decide(order.at("/payment/providerRef").asText(), "approve").status())
        .isEqualTo(303);

    var paid = shop.order(buyer.caller(), order.get("id").asText());
    assertThat(paid.get("status").asText()).isEqualTo("paid");
    assertThat(paid.at("/payment/clientSecret").isNull()).isTrue();
    assertThat(shop.stock(product)).isEqualTo(2);
    shop.assertLedgerIsSound();
  }

  @Test
  void eventsForUnknownIntentsOtherAmountsOrOlderStatesAreAnsweredAndChangeNothing(
      RunningKassa kassa) {
    var shop = Shop.of(kassa);
    var payments = new Payments(kassa, shop);
    var product = shop.createProduct(Shop.newCategory(), "Clock", 2_200, 4).get("id").asText();
    var buyer = shop.buyer(100);
    shop.addToCart(buyer.caller(), product, 1);
    var order = payments.payAtProvider(buyer.caller()).expect(201);
    var intent = order.at("/payment/providerRef").asText();

    var unknown =
        payments.deliver(Payments.event("payment_intent.succeeded", "pi_nobody", 2_200, "EUR"));
    var cheaper = payments.deliver(Payments.event("payment_intent.succeeded", intent, 1, "EUR"));
    var dollars =
        payments.deliver(Payments.event("payment_intent.succeeded", intent, 2_200, "USD"));
    var other = payments.deliver(Payments.event("payment_intent.created", intent, 2_200, "EUR"));

    assertThat(unknown.expect(200).get("outcome").asText()).isEqualTo("unknown_intent");
    assertThat(cheaper.expect(200).get("outcome").asText()).isEqualTo("amount_mismatch");
    assertThat(dollars.expect(200).get("outcome").asText()).isEqualTo("amount_mismatch");
    assertThat(other.expect(200).get("outcome").asText()).isEqualTo("ignored");
    assertThat(shop.order(buyer.caller(), order.get("id").asText()).get("status").asText())
        .isEqualTo("pending_payment");
    payments.deliver(Payments.succeeded(order)).expect(200);
    var stale =
        payments.deliver(Payments.event("payment_intent.payment_failed", intent, 2_200, "EUR"));
    assertThat(stale.expect(200).get("outcome").asText()).isEqualTo("out_of_order");
    assertThat(shop.order(buyer.caller(), order.get("id").asText()).get("status").asText())
        .isEqualTo("paid");
    assertThat(shop.stock(product)).isEqualTo(3);
    shop.assertLedgerIsSound();
  }

  private static JsonNode received(Payments payments, String payload) {
    var id = eventId(payload);
    return payments
        .webhookEvents()
        .get("data")
        .valueStream()
        .filter(event -> event.get("eventId").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String eventId(String payload) {
    return payload.substring(
        payload.indexOf("evt_"), payload.indexOf('"', payload.indexOf("evt_")));
  }
}
