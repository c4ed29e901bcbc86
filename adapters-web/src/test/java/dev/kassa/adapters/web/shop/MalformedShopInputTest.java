package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.PageRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shop write route, fed bodies it must refuse: each answer is a 4xx error envelope naming the
 * field, and neither the catalog, the stock, the cart, the orders nor the money change. {@code
 * {product}}, {@code {item}}, {@code {order}} and {@code {account}} stand for the product on sale,
 * the customer's cart line, their paid order and their account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedShopInputTest {

  private static final String PRODUCT =
      "\"sku\": \"LAMP-2\", \"name\": \"Lamp\", \"currency\": \"EUR\", \"category\": \"lights\"";
  private static final String PAY = "{\"paymentMethod\": %s}";
  private static final String REFUNDS = "/v1/orders/{order}/refunds";

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String product;
  private String item;
  private String order;
  private String account;

  @BeforeAll
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 100_000);
    product = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    shop.addToCart(ann, product, 1);
    order = expect(shop.checkout(ann, account), 201).get("id").asText();
    item = shop.addToCart(ann, product, 2).get("id").asText();
  }

  @AfterAll
  void stop() {
    shop.close();
  }

  static Stream<Arguments> refusedBodies() {
    return Stream.of(
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 1", "malformed_json", null),
        admin("POST", "/v1/products", "[\"Lamp\"]", "validation_failed", "body"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 1, \"colour\": 1}", "colour"),
        admin("POST", "/v1/products", "{" + PRODUCT + "}", "price"),
        admin("POST", "/v1/products", "{\"name\": \"Lamp\", \"price\": 1}", "sku"),
        admin("POST", "/v1/products", "{\"sku\": \"S-1\", \"price\": 1}", "category"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 0}", "price"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": -100}", "price"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 10.5}", "price"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": \"100\"}", "price"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 1e2}", "price"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT.replace("EUR", "eur") + ", \"price\": 1}",
            "currency"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT.replace("LAMP-2", "bad sku!") + ", \"price\": 1}",
            "sku"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT.replace("\"Lamp\"", "\"  \"") + ", \"price\": 1}",
            "name"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT.replace("lights", "Lights/Lamps") + ", \"price\": 1}",
            "category"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 1, \"stock\": -1}", "stock"),
        admin("POST", "/v1/products", "{" + PRODUCT + ", \"price\": 1, \"stock\": 1.5}", "stock"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"stock\": 99999999999}",
            "stock"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"imageUrls\": [\"ftp://x.example/a.png\"]}",
            "imageUrls"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"imageUrls\": [\"not a url\"]}",
            "imageUrls"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"imageUrls\": [null]}",
            "imageUrls"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"imageUrls\": \"https://x.example/a.png\"}",
            "imageUrls"),
        admin(
            "POST",
            "/v1/products",
            "{" + PRODUCT + ", \"price\": 1, \"description\": \"" + "d".repeat(5001) + "\"}",
            "description"),
        admin(
            "PUT",
            "/v1/products/{product}",
            "{" + PRODUCT + ", \"price\": 1, \"stock\": 5}",
            "stock"),
        admin(
            "PUT",
            "/v1/products/{product}",
            "{" + PRODUCT.replace("EUR", "USD") + ", \"price\": 1}",
            "currency"),
        admin("PUT", "/v1/products/{product}", "{\"price\": 1}", "sku"),
        admin(
            "PUT",
            "/v1/products/{product}",
            "{" + PRODUCT + ", \"price\": 1,}",
            "malformed_json",
            null),
        admin(
            "POST",
            "/v1/products/{product}/stock-adjustments",
            "{\"delta\": 0, \"reason\": \"r\"}",
            "delta"),
        admin(
            "POST",
            "/v1/products/{product}/stock-adjustments",
            "{\"delta\": \"1\", \"reason\": \"r\"}",
            "delta"),
        admin(
            "POST",
            "/v1/products/{product}/stock-adjustments",
            "{\"delta\": 1.5, \"reason\": \"r\"}",
            "delta"),
        admin(
            "POST",
            "/v1/products/{product}/stock-adjustments",
            "{\"delta\": 3000000000, \"reason\": \"r\"}",
            "delta"),
        admin("POST", "/v1/products/{product}/stock-adjustments", "{\"delta\": 1}", "reason"),
        admin(
            "POST",
            "/v1/products/{product}/stock-adjustments",
            "{\"delta\": 1, \"reason\": \"" + "r".repeat(201) + "\"}",
            "reason"),
        admin("PATCH", "/v1/orders/{order}", "{\"status\": 5}", "status"),
        admin("PATCH", "/v1/orders/{order}", "{\"status\": \"cancelled\"}", "status"),
        admin("PATCH", "/v1/orders/{order}", "{\"status\": \"shipped\", \"note\": \"x\"}", "note"),
        customer("POST", "/v1/cart/items", "{\"productId\": \"x\", \"quantity\": 1}", "productId"),
        customer(
            "POST",
            "/v1/cart/items",
            "{\"productId\": \"{product}\", \"quantity\": 0}",
            "quantity"),
        customer(
            "POST",
            "/v1/cart/items",
            "{\"productId\": \"{product}\", \"quantity\": -1}",
            "quantity"),
        customer(
            "POST",
            "/v1/cart/items",
            "{\"productId\": \"{product}\", \"quantity\": 10001}",
            "quantity"),
        customer(
            "POST",
            "/v1/cart/items",
            "{\"productId\": \"{product}\", \"quantity\": \"2\"}",
            "quantity"),
        customer(
            "POST",
            "/v1/cart/items",
            "{\"productId\": \"{product}\", \"quantity\": 9999}",
            "quantity"),
        customer("POST", "/v1/cart/items", "{\"quantity\": 1}", "productId"),
        customer("POST", "/v1/cart/items", "{\"productId\": \"{product}\"", "malformed_json", null),
        customer("PUT", "/v1/cart/items/{item}", "{\"quantity\": 0}", "quantity"),
        customer("PUT", "/v1/cart/items/{item}", "{\"quantity\": null}", "quantity"),
        customer("PUT", "/v1/cart/items/{item}", "{}", "quantity"),
        customer("PUT", "/v1/cart/items/{item}", "{\"quantity\": 2, \"price\": 1}", "price"),
        customer("POST", "/v1/checkout", "{}", "paymentMethod"),
        customer("POST", "/v1/checkout", PAY.formatted("\"account\""), "paymentMethod"),
        customer(
            "POST", "/v1/checkout", PAY.formatted("{\"type\": \"bitcoin\"}"), "paymentMethod.type"),
        customer(
            "POST",
            "/v1/checkout",
            PAY.formatted("{\"type\": \"account\"}"),
            "paymentMethod.accountId"),
        customer(
            "POST",
            "/v1/checkout",
            PAY.formatted("{\"type\": \"account\", \"accountId\": \"x\"}"),
            "paymentMethod.accountId"),
        customer(
            "POST",
            "/v1/checkout",
            PAY.formatted("{\"type\": \"account\", \"accountId\": \"{account}\", \"pin\": 1}"),
            "paymentMethod.pin"),
        customer("POST", "/v1/checkout", "{\"paymentMethod\": {}", "malformed_json", null),
        customer(
            "POST",
            "/v1/checkout",
            PAY.formatted("{\"type\": \"card\", \"cardId\": \"nope\"}"),
            "paymentMethod.cardId"),
        customer(
            "POST",
            "/v1/checkout",
            PAY.formatted("{\"type\": \"gateway\", \"cardId\": \"{account}\"}"),
            "paymentMethod.cardId"),
        admin("POST", REFUNDS, "{\"amount\": 0}", "amount"),
        admin("POST", REFUNDS, "{\"amount\": -5}", "amount"),
        admin("POST", REFUNDS, "{\"amount\": 1.5}", "amount"),
        admin("POST", REFUNDS, "{\"amount\": \"100\"}", "amount"),
        admin("POST", REFUNDS, "{\"amount\": 999999}", "amount"),
        admin("POST", REFUNDS, "{\"amount\": 1, \"reason\": \"x\"}", "reason"),
        admin("POST", REFUNDS, "[1]", "body"),
        admin("POST", REFUNDS, "{\"amount\": 1", "malformed_json", null),
        customer(
            "POST",
            "/v1/purchases",
            "{\"productId\": \"{product}\", \"quantity\": 0, \"accountId\": \"{account}\"}",
            "quantity"),
        customer(
            "POST",
            "/v1/purchases",
            "{\"productId\": \"{product}\", \"quantity\": 1}",
            "accountId"),
        customer(
            "POST",
            "/v1/purchases",
            "{\"productId\": \"nope\", \"quantity\": 1, \"accountId\": \"{account}\"}",
            "productId"),
        customer(
            "POST",
            "/v1/purchases",
            "{\"productId\": \"{product}\", \"quantity\": 1, \"accountId\": \"{account}\", \"x\": 1}",
            "x"));
  }

  private static Arguments admin(String method, String path, String body, String field) {
    return admin(method, path, body, "validation_failed", field);
  }

  private static Arguments admin(
      String method, String path, String body, String code, String field) {
    return Arguments.of(true, method, path, body, code, field);
  }

  private static Arguments customer(String method, String path, String body, String field) {
    return customer(method, path, body, "validation_failed", field);
  }

  private static Arguments customer(
      String method, String path, String body, String code, String field) {
    return Arguments.of(false, method, path, body, code, field);
  }

  @ParameterizedTest(name = "{1} {2} {3}")
  @MethodSource("refusedBodies")
  void refusedBodyIsAnErrorEnvelopeAndChangesNothing(
      boolean asAdmin, String method, String path, String body, String code, String field) {
    var before = snapshot();
    var caller = asAdmin ? admin : ann;

    var response =
        shop.send(
            method,
            fill(path),
            fill(body),
            "Authorization",
            LiveKassa.bearer(caller)[1],
            "Idempotency-Key",
            "refused-" + method + path + body.hashCode());

    var error = assertError(response, 400, code);
    if (field != null) {
      assertThat(error.get("details").has(field)).as(error.toString()).isTrue();
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotDeclaredAsJsonIsUnsupportedAndChangesNothing() {
    var before = snapshot();

    var response =
        shop.send(
            "POST",
            "/v1/cart/items",
            fill("{\"productId\": \"{product}\", \"quantity\": 1}"),
            "Authorization",
            LiveKassa.bearer(ann)[1],
            "Content-Type",
            "text/plain");

    assertError(response, 415, "unsupported_media_type");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aMissingBodyIsRefusedAndChangesNothing() {
    var before = snapshot();

    for (var path : new String[] {"/v1/cart/items", "/v1/checkout", "/v1/purchases"}) {
      var error =
          assertError(
              shop.send("POST", path, null, "Authorization", LiveKassa.bearer(ann)[1]),
              400,
              "validation_failed");
      assertThat(error.get("details").has("body")).isTrue();
    }
    var error =
        assertError(
            shop.send("POST", "/v1/products", null, "Authorization", LiveKassa.bearer(admin)[1]),
            400,
            "validation_failed");
    assertThat(error.get("details").has("body")).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  private Snapshot snapshot() {
    var catalog =
        shop.kassa()
            .storage()
            .products()
            .search(ProductQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT));
    return new Snapshot(
        shop.state(ann, account, product),
        shop.stored(product),
        catalog.total(),
        expect(shop.get(ann, "/v1/orders/" + order), 200).toString());
  }

  private record Snapshot(Shop.State state, Product product, long products, String order) {}

  private String fill(String template) {
    return template
        .replace("{product}", product)
        .replace("{item}", item)
        .replace("{order}", order)
        .replace("{account}", account);
  }
}
