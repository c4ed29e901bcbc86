package dev.kassa.bootstrap.e2e.shop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.payments.StripeWebhooks;
import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.KassaHttp;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The payment steps of the shop story over HTTP: cards, card and gateway checkouts, the simulated
 * provider's webhooks signed as Stripe signs them, refunds and payment reads.
 */
final class Payments {

  private final RunningKassa kassa;
  private final Shop shop;
  private final KassaHttp http;
  private final StripeWebhooks provider;

  Payments(RunningKassa kassa, Shop shop) {
    this(kassa, shop, kassa.webhookSecret());
  }

  /** Steps that sign webhooks with {@code webhookSecret}, which may not be the server's. */
  Payments(RunningKassa kassa, Shop shop, String webhookSecret) {
    this.kassa = kassa;
    this.shop = shop;
    this.http = kassa.http();
    this.provider = new StripeWebhooks(webhookSecret);
  }

  /** A new active debit card on the buyer's account. */
  String card(Shop.Buyer buyer) {
    return http.post("/v1/cards")
        .as(buyer.caller())
        .json(Map.of("accountId", buyer.account(), "type", "debit"))
        .send()
        .expect(201)
        .get("id")
        .asText();
  }

  JsonNode setCardStatus(Caller owner, String cardId, String status) {
    return http.patch("/v1/cards/" + cardId)
        .as(owner)
        .json(Map.of("status", status))
        .send()
        .expect(200);
  }

  Reply payByCard(Caller buyer, String cardId) {
    return http.post("/v1/checkout")
        .as(buyer)
        .json(Map.of("paymentMethod", Map.of("type", "card", "cardId", cardId)))
        .send();
  }

  Reply payAtProvider(Caller buyer) {
    return http.post("/v1/checkout")
        .as(buyer)
        .json(Map.of("paymentMethod", Map.of("type", "gateway")))
        .send();
  }

  JsonNode account(Shop.Buyer buyer) {
    return kassa.bank().account(buyer.caller(), buyer.account());
  }

  /** A {@code payment_intent.*} event in Stripe's format, with a fresh event id. */
  static String event(String type, String intentId, long amount, String currency) {
    return """
        {"id":"evt_%s","object":"event","type":"%s","created":%d,"livemode":false,\
        "data":{"object":{"id":"%s","object":"payment_intent","amount":%d,"currency":"%s",\
        "status":"%s"}}}"""
        .formatted(
            UUID.randomUUID().toString().replace("-", ""),
            type,
            Instant.now().getEpochSecond(),
            intentId,
            amount,
            currency.toLowerCase(Locale.ROOT),
            type.endsWith("succeeded") ? "succeeded" : "requires_payment_method");
  }

  static String succeeded(JsonNode order) {
    return event(
        "payment_intent.succeeded",
        order.at("/payment/providerRef").asText(),
        order.get("total").asLong(),
        order.get("currency").asText());
  }

  /** The Stripe-Signature header of {@code payload}, signed at {@code at}. */
  String signature(String payload, Instant at) {
    return provider.sign(payload, at).signatureHeader();
  }

  KassaHttp.Request webhook(String payload, String signature) {
    return http.post("/v1/webhooks/simulated")
        .header(StripeWebhooks.HEADER, signature)
        .body("application/json; charset=utf-8", payload);
  }

  Reply deliver(String payload) {
    return webhook(payload, signature(payload, Instant.now())).send();
  }

  JsonNode webhookEvents() {
    return http.get("/v1/admin/webhook-events?limit=100").as(shop.admin()).send().expect(200);
  }

  JsonNode payment(Caller reader, String paymentId) {
    return http.get("/v1/payments/" + paymentId).as(reader).send().expect(200);
  }

  KassaHttp.Request refundRequest(String orderId, Long amount) {
    var request = http.post("/v1/orders/" + orderId + "/refunds").as(shop.admin());
    return amount == null ? request.json(Map.of()) : request.json(Map.of("amount", amount));
  }

  /** The simulated provider's page: a person approves or declines the payment. */
  Reply decide(String intentId, String decision) {
    return http.post("/pay/" + intentId)
        .body("application/x-www-form-urlencoded", "decision=" + decision)
        .send();
  }
}
