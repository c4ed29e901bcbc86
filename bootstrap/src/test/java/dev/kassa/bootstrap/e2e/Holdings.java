package dev.kassa.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * A fresh customer with one of every resource the API has an id for: a funded account, a second
 * account, a transfer between them, a transaction line, a card, and in the shop a product of their
 * own (made by {@code admin}), an order and its payment, a purchase, a line in their cart, a
 * notification in their inbox and (made by {@code admin}) a webhook endpoint; and the newest domain
 * event. The authorization and input tests act on these, then check through {@link #snapshot} that
 * nothing changed.
 */
public record Holdings(
    Caller owner,
    Caller admin,
    String account,
    String otherAccount,
    String transaction,
    String transfer,
    String card,
    String product,
    String order,
    String payment,
    String purchase,
    String cartItem,
    String webhookEndpoint,
    String notification,
    String event) {

  public static Holdings create(RunningKassa kassa) {
    var bank = kassa.bank();
    var http = kassa.http();
    var owner = bank.register();
    var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
    var account = bank.fundedAccount(owner, 10_000);
    var other = bank.openAccount(owner);
    var transfer = bank.transfer(owner, account, other, 1_500).expect(201).get("id").asText();
    var transaction = bank.transactions(owner, "").at("/data/0/id").asText();
    var card =
        http.post("/v1/cards")
            .as(owner)
            .json(Map.of("accountId", account, "type", "virtual"))
            .send()
            .expect(201)
            .get("id")
            .asText();
    var product =
        http.post("/v1/products")
            .as(admin)
            .json(ValidBodies.newProduct())
            .send()
            .expect(201)
            .get("id")
            .asText();
    addToCart(http, owner, product);
    var checkout =
        http.post("/v1/checkout").as(owner).json(ValidBodies.payFrom(account)).send().expect(201);
    var purchase =
        http.post("/v1/purchases")
            .as(owner)
            .json(Map.of("productId", product, "quantity", 1, "accountId", account))
            .send()
            .expect(201)
            .get("id")
            .asText();
    var cartItem = addToCart(http, owner, product);
    var webhookEndpoint =
        http.post("/v1/webhook-endpoints")
            .as(admin)
            .json(ValidBodies.newWebhookEndpoint())
            .send()
            .expect(201)
            .get("id")
            .asText();
    kassa.deliveries().deliverNew();
    var notification =
        http.get("/v1/notifications").as(owner).send().expect(200).at("/data/0/id").asText();
    var event = http.get("/v1/admin/events").as(admin).send().expect(200).at("/data/0/id").asText();
    return new Holdings(
        owner,
        admin,
        account,
        other,
        transaction,
        transfer,
        card,
        product,
        checkout.get("id").asText(),
        checkout.at("/payment/id").asText(),
        purchase,
        cartItem,
        webhookEndpoint,
        notification,
        event);
  }

  private static String addToCart(KassaHttp http, Caller owner, String product) {
    return http.post("/v1/cart/items")
        .as(owner)
        .json(Map.of("productId", product, "quantity", 1))
        .send()
        .expect(201)
        .get("id")
        .asText();
  }

  /**
   * The id that fills the path parameter of {@code template}, such as {@code /v1/accounts/{id}}.
   *
   * @throws AssertionError for a route these holdings know nothing about, so that a new route with
   *     an id cannot slip past the tests that go over every route
   */
  public String idFor(String template) {
    return switch (template) {
      case "/v1/account-holders/{id}", "/v1/admin/users/{id}" -> owner.id();
      case "/v1/accounts/{id}", "/v1/accounts/{id}/balance", "/v1/statements/{accountId}" ->
          account;
      case "/v1/transactions/{id}" -> transaction;
      case "/v1/transfers/{id}" -> transfer;
      case "/v1/cards/{id}" -> card;
      case "/v1/products/{id}",
          "/v1/products/{id}/stock-adjustments",
          "/v1/products/{id}/images",
          "/v1/products/{id}/images/order",
          "/v1/products/{id}/images/{imageId}",
          "/v1/images/{id}",
          "/v1/products/{id}/stock-movements" ->
          product;
      case "/v1/orders/{id}", "/v1/orders/{id}/cancel", "/v1/orders/{id}/refunds" -> order;
      case "/v1/payments/{id}" -> payment;
      case "/v1/purchases/{id}" -> purchase;
      case "/v1/cart/items/{id}" -> cartItem;
      case "/v1/webhook-endpoints/{id}", "/v1/webhook-endpoints/{id}/deliveries" -> webhookEndpoint;
      case "/v1/notifications/{id}/read" -> notification;
      case "/v1/admin/events/{id}", "/v1/admin/events/{id}/redeliver" -> event;
      default ->
          throw new AssertionError(
              "No resource for " + template + ": teach Holdings.idFor and Holdings.create one");
    };
  }

  /** {@code template} with its path parameter filled in with {@code id}. */
  public static String path(String template, String id) {
    return template.replaceAll("\\{[^}]+}", id);
  }

  public static boolean hasId(String template) {
    return template.contains("{");
  }

  /**
   * Everything the owner can read about themselves, their money and their shopping, and their
   * product as the catalog shows it, to compare before/after.
   */
  public JsonNode snapshot(KassaHttp http) {
    var snapshot = JsonNodeFactory.instance.objectNode();
    for (var list :
        new String[] {"accounts", "transactions", "transfers", "cards", "orders", "purchases"}) {
      snapshot.set(list, http.get("/v1/" + list + "?limit=100").as(owner).send().expect(200));
    }
    snapshot.set("me", http.get("/v1/auth/me").as(owner).send().expect(200));
    snapshot.set("cart", http.get("/v1/cart").as(owner).send().expect(200));
    snapshot.set("product", http.get("/v1/products/" + product).send().expect(200));
    return snapshot;
  }
}
