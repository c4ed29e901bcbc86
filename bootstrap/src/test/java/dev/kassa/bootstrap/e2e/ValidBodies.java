package dev.kassa.bootstrap.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A body each route with a request body accepts from the owner of {@code holdings}, so that a test
 * can spoil one thing about it and know that this one thing is what the server refuses.
 */
final class ValidBodies {

  private ValidBodies() {}

  /**
   * @throws AssertionError for a route it does not know, so that every new route with a body gets
   *     one here and is covered
   */
  static Map<String, Object> forRoute(String method, String template, Holdings holdings) {
    var owner = holdings.owner();
    Map<String, Object> body =
        switch (method + " " + template) {
          case "POST /v1/auth/register" ->
              Map.of(
                  "email",
                  "e2e-" + UUID.randomUUID() + "@example.com",
                  "password",
                  "pw-" + UUID.randomUUID(),
                  "firstName",
                  "Ada",
                  "lastName",
                  "Byron");
          case "POST /v1/auth/login" ->
              Map.of("email", owner.email(), "password", owner.password());
          case "POST /v1/auth/refresh" -> Map.of("refreshToken", owner.refreshToken());
          case "PATCH /v1/auth/me" ->
              Map.of("firstName", "Changed", "notifications", Map.of("email", false));
          case "POST /v1/auth/password" ->
              Map.of("currentPassword", owner.password(), "newPassword", "pw-" + UUID.randomUUID());
          case "POST /v1/auth/password-reset" -> Map.of("email", owner.email());
          case "POST /v1/auth/password-reset/confirm" ->
              Map.of("token", "t-" + UUID.randomUUID(), "newPassword", "pw-" + UUID.randomUUID());
          case "PATCH /v1/admin/users/{id}" -> Map.of("role", "customer", "status", "active");
          case "POST /v1/accounts" -> Map.of("type", "checking", "currency", Bank.CURRENCY);
          case "PATCH /v1/accounts/{id}" -> Map.of("name", "Renamed", "status", "frozen");
          case "POST /v1/transactions" ->
              Map.of(
                  "accountId",
                  holdings.account(),
                  "type",
                  "withdrawal",
                  "amount",
                  100,
                  "currency",
                  Bank.CURRENCY);
          case "POST /v1/transfers" ->
              Map.of(
                  "fromAccountId",
                  holdings.account(),
                  "toAccountId",
                  holdings.otherAccount(),
                  "amount",
                  100,
                  "currency",
                  Bank.CURRENCY);
          case "POST /v1/cards" -> Map.of("accountId", holdings.account(), "type", "debit");
          case "PATCH /v1/cards/{id}" -> Map.of("status", "cancelled");
          case "POST /v1/products" -> newProduct();
          case "PUT /v1/products/{id}" -> {
            var details = newProduct();
            details.remove("stock");
            yield details;
          }
          case "POST /v1/products/{id}/stock-adjustments" ->
              Map.of("delta", 5, "reason", "delivery");
          case "PUT /v1/products/{id}/images/order" -> Map.of("imageIds", List.of());
          case "POST /v1/cart/items" -> Map.of("productId", holdings.product(), "quantity", 1);
          case "PUT /v1/cart/items/{id}" -> Map.of("quantity", 2);
          case "POST /v1/checkout" -> payFrom(holdings.account());
          case "PATCH /v1/orders/{id}" -> Map.of("status", "shipped");
          case "POST /v1/orders/{id}/refunds" -> Map.of("amount", 100);
          case "POST /v1/purchases" ->
              Map.of(
                  "productId", holdings.product(), "quantity", 1, "accountId", holdings.account());
          case "POST /v1/webhook-endpoints" -> newWebhookEndpoint();
          case "POST /v1/admin/events/{id}/redeliver" -> Map.of("subscriber", "product-cache");
          case "PATCH /v1/webhook-endpoints/{id}" ->
              Map.of("events", List.of("order.paid", "refund.issued"), "description", "Changed");
          default ->
              throw new AssertionError(
                  "No valid body for " + method + " " + template + ": teach ValidBodies one");
        };
    return new LinkedHashMap<>(body);
  }

  /**
   * An endpoint on a public address literal (TEST-NET-3, which routes nowhere), so that the guard
   * needs no DNS to accept it and no delivery reaches anyone.
   */
  static Map<String, Object> newWebhookEndpoint() {
    return Map.of(
        "url", "https://203.0.113.10/hooks", "events", List.of("order.paid"), "description", "e2e");
  }

  /** A product of its own SKU, priced in {@link Bank#CURRENCY} and well stocked. */
  static Map<String, Object> newProduct() {
    var product = new LinkedHashMap<String, Object>();
    product.put("sku", "E2E-" + UUID.randomUUID());
    product.put("name", "End-to-end lamp");
    product.put("description", "Lights the tests");
    product.put("price", 250);
    product.put("currency", Bank.CURRENCY);
    product.put("category", "lighting");
    product.put("stock", 1_000);
    product.put("imageUrls", List.of("https://img.example.com/lamp.png"));
    return product;
  }

  static Map<String, Object> payFrom(String account) {
    return Map.of("paymentMethod", Map.of("type", "account", "accountId", account));
  }
}
