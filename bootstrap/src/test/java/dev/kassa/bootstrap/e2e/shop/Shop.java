package dev.kassa.bootstrap.e2e.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.bootstrap.e2e.Bank;
import dev.kassa.bootstrap.e2e.Caller;
import dev.kassa.bootstrap.e2e.KassaHttp;
import dev.kassa.bootstrap.e2e.Reply;
import dev.kassa.bootstrap.e2e.RunningKassa;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of the shop story over HTTP, next to the {@link Bank}'s: an admin stocks the catalog,
 * customers fill carts, check out, buy, cancel. Every product it makes has a fresh SKU, and tests
 * keep their products apart from the others' by giving them a category of their own. Prices are in
 * EUR cents.
 */
final class Shop {

  private final RunningKassa kassa;
  private final KassaHttp http;
  private final Caller admin;

  private Shop(RunningKassa kassa) {
    this.kassa = kassa;
    this.http = kassa.http();
    this.admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
  }

  static Shop of(RunningKassa kassa) {
    return new Shop(kassa);
  }

  /** A customer and their EUR account. */
  record Buyer(Caller caller, String account) {}

  Caller admin() {
    return admin;
  }

  KassaHttp http() {
    return http;
  }

  /** A new customer with an account holding {@code cents}. */
  Buyer buyer(long cents) {
    var caller = kassa.bank().register();
    return new Buyer(caller, kassa.bank().fundedAccount(caller, cents));
  }

  long balance(Buyer buyer) {
    return kassa.bank().balance(buyer.caller(), buyer.account());
  }

  /** A category nobody else uses, so that listings filtered by it see only this test's products. */
  static String newCategory() {
    return "e2e-" + UUID.randomUUID().toString().substring(0, 13);
  }

  /** Creates an EUR product as the admin; returns it as the API shows it. */
  JsonNode createProduct(String category, String name, long cents, int stock) {
    return createProduct(productFields(category, name, cents, stock));
  }

  JsonNode createProduct(Map<String, Object> fields) {
    return http.post("/v1/products").as(admin).json(fields).send().expect(201);
  }

  static Map<String, Object> productFields(String category, String name, long cents, int stock) {
    var fields = new HashMap<String, Object>();
    fields.put("sku", "E2E-" + UUID.randomUUID());
    fields.put("name", name);
    fields.put("description", "A thing for the end-to-end tests");
    fields.put("price", cents);
    fields.put("currency", Bank.CURRENCY);
    fields.put("category", category);
    fields.put("stock", stock);
    fields.put("imageUrls", List.of("https://img.example.com/" + UUID.randomUUID() + ".png"));
    return fields;
  }

  /** Replaces a product's details (everything but its stock) as the admin. */
  JsonNode updateProduct(JsonNode product, Map<String, Object> changes) {
    var fields = new HashMap<String, Object>();
    for (var name : List.of("sku", "name", "description", "currency", "category")) {
      fields.put(name, product.get(name).asText());
    }
    fields.put("price", product.get("price").asLong());
    fields.put("imageUrls", product.get("imageUrls"));
    fields.putAll(changes);
    return http.request("PUT", "/v1/products/" + product.get("id").asText())
        .as(admin)
        .json(fields)
        .send()
        .expect(200);
  }

  JsonNode product(String id) {
    return http.get("/v1/products/" + id).send().expect(200);
  }

  int stock(String id) {
    return product(id).get("stock").asInt();
  }

  /** The public listing for {@code query} (already URL-encoded). */
  JsonNode products(String query) {
    return http.get("/v1/products?" + query).send().expect(200);
  }

  JsonNode addToCart(Caller customer, String productId, int quantity) {
    return http.post("/v1/cart/items")
        .as(customer)
        .json(Map.of("productId", productId, "quantity", quantity))
        .send()
        .expect(201);
  }

  JsonNode cart(Caller customer) {
    return http.get("/v1/cart").as(customer).send().expect(200);
  }

  KassaHttp.Request checkoutRequest(Buyer buyer) {
    return http.post("/v1/checkout")
        .as(buyer.caller())
        .json(Map.of("paymentMethod", Map.of("type", "account", "accountId", buyer.account())));
  }

  Reply checkout(Buyer buyer) {
    return checkoutRequest(buyer).send();
  }

  KassaHttp.Request purchaseRequest(Buyer buyer, String productId, int quantity) {
    return http.post("/v1/purchases")
        .as(buyer.caller())
        .json(Map.of("productId", productId, "quantity", quantity, "accountId", buyer.account()));
  }

  Reply purchase(Buyer buyer, String productId, int quantity) {
    return purchaseRequest(buyer, productId, quantity).send();
  }

  JsonNode order(Caller reader, String orderId) {
    return http.get("/v1/orders/" + orderId).as(reader).send().expect(200);
  }

  /** The first page (up to 100) of the orders {@code reader} sees for {@code query}. */
  JsonNode orders(Caller reader, String query) {
    return http.get("/v1/orders?limit=100" + (query.isEmpty() ? "" : "&" + query))
        .as(reader)
        .send()
        .expect(200);
  }

  Reply cancel(Caller caller, String orderId) {
    return http.post("/v1/orders/" + orderId + "/cancel").as(caller).send();
  }

  /** The admin moves an order to {@code status}; the caller checks the reply. */
  Reply moveOrder(String orderId, String status) {
    return http.patch("/v1/orders/" + orderId).as(admin).json(Map.of("status", status)).send();
  }

  /** The buyer's transaction log, up to 100 lines, newest first. */
  List<JsonNode> transactions(Buyer buyer) {
    return kassa
        .bank()
        .transactions(buyer.caller(), "accountId=" + buyer.account())
        .get("data")
        .valueStream()
        .toList();
  }

  void assertLedgerIsSound() {
    var verification = http.get("/v1/admin/ledger/verify").as(admin).send().expect(200);
    assertThat(verification.get("problems")).as(verification.toString()).isEmpty();
    assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
  }
}
