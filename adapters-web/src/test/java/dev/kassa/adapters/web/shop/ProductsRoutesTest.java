package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductsRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult customer;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    customer = shop.customer();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void anAdminCreatesAProductThatAnyoneCanRead() {
    var body = productBody("Desk Lamp", 2_499, "EUR", 7);
    body.put("category", "Home Office");

    var created = shop.product(admin, body);

    assertThat(created.get("id").asText()).isNotBlank();
    assertThat(created.get("sku").asText()).isEqualTo(body.get("sku"));
    assertThat(created.get("name").asText()).isEqualTo("Desk Lamp");
    assertThat(created.get("description").asText()).isEqualTo("A fine desk lamp");
    assertThat(created.get("price").asLong()).isEqualTo(2_499);
    assertThat(created.get("currency").asText()).isEqualTo("EUR");
    assertThat(created.get("category").asText()).isEqualTo("home office");
    assertThat(created.get("stock").asInt()).isEqualTo(7);
    assertThat(created.get("imageUrls").get(0).asText())
        .isEqualTo("https://img.example.com/Desk-Lamp.png");
    assertThat(created.get("status").asText()).isEqualTo("active");
    assertThat(created.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(created.get("updatedAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    var id = created.get("id").asText();
    assertThat(expect(shop.get(null, "/v1/products/" + id), 200)).isEqualTo(created);
    assertThat(expect(shop.get(customer, "/v1/products/" + id), 200)).isEqualTo(created);
  }

  @Test
  void optionalFieldsDefaultToEmptyAndNoStock() {
    var body =
        Map.<String, Object>of(
            "sku", "BARE-1", "name", "Bare", "price", 100, "currency", "JPY", "category", "misc");

    var created = shop.product(admin, body);

    assertThat(created.get("description").asText()).isEmpty();
    assertThat(created.get("imageUrls")).isEmpty();
    assertThat(created.get("stock").asInt()).isZero();
    assertThat(created.get("currency").asText()).isEqualTo("JPY");
  }

  @Test
  void aSkuIsUniqueWhateverItsCase() {
    var first = productBody("One", 100, "EUR", 1);
    first.put("sku", "dup-sku");
    shop.product(admin, first);
    var second = productBody("Two", 100, "EUR", 1);
    second.put("sku", "DUP-SKU");

    var error = assertError(shop.post(admin, "/v1/products", second), 400, "validation_failed");

    assertThat(error.at("/details/sku").asText()).isNotBlank();
  }

  @Test
  void anUpdateReplacesTheDetailsButNotTheStock() {
    var product = shop.product(admin, productBody("Old Name", 1_000, "EUR", 5));
    var id = product.get("id").asText();
    shop.clock().advance(Duration.ofMinutes(5));
    var update =
        Map.<String, Object>of(
            "sku",
            "NEW-SKU",
            "name",
            "New Name",
            "price",
            1_250,
            "currency",
            "EUR",
            "category",
            "other");

    var updated = expect(shop.put(admin, "/v1/products/" + id, update), 200);

    assertThat(updated.get("id").asText()).isEqualTo(id);
    assertThat(updated.get("sku").asText()).isEqualTo("NEW-SKU");
    assertThat(updated.get("name").asText()).isEqualTo("New Name");
    assertThat(updated.get("price").asLong()).isEqualTo(1_250);
    assertThat(updated.get("description").asText()).isEmpty();
    assertThat(updated.get("imageUrls")).isEmpty();
    assertThat(updated.get("stock").asInt()).isEqualTo(5);
    assertThat(updated.get("createdAt")).isEqualTo(product.get("createdAt"));
    assertThat(updated.get("updatedAt").asText()).isEqualTo("2026-01-05T10:05:00Z");
    assertThat(expect(shop.get(null, "/v1/products/" + id), 200)).isEqualTo(updated);
  }

  @Test
  void anUpdateRefusesTheStockAndAnotherCurrency() {
    var product = shop.product(admin, productBody("Lamp", 1_000, "EUR", 5));
    var path = "/v1/products/" + product.get("id").asText();
    var withStock = productBody("Lamp", 1_000, "EUR", 9);
    var inDollars = productBody("Lamp", 1_000, "USD", 5);
    inDollars.remove("stock");

    var stock = assertError(shop.put(admin, path, withStock), 400, "validation_failed");
    var currency = assertError(shop.put(admin, path, inDollars), 400, "validation_failed");

    assertThat(stock.at("/details/stock").asText()).isNotBlank();
    assertThat(currency.at("/details/currency").asText()).isNotBlank();
    assertThat(expect(shop.get(null, path), 200)).isEqualTo(product);
  }

  @Test
  void anArchivedProductIsNeitherListedNorShownNorSoldButAdminsStillReadIt() {
    var id = shop.product(admin, productBody("Gone", 1_000, "EUR", 5)).get("id").asText();

    expect(shop.delete(admin, "/v1/products/" + id), 204);

    assertThat(shop.stored(id).status().code()).isEqualTo("archived");
    assertThat(Shop.json(shop.get(null, "/v1/products")).get("total").asLong()).isZero();
    assertError(shop.get(null, "/v1/products/" + id), 404, "not_found");
    assertError(shop.get(customer, "/v1/products/" + id), 404, "not_found");
    assertError(
        shop.send("GET", "/v1/products/" + id, null, "Authorization", "Bearer not-a-token"),
        404,
        "not_found");
    assertThat(expect(shop.get(admin, "/v1/products/" + id), 200).get("status").asText())
        .isEqualTo("archived");
    assertError(
        shop.post(customer, "/v1/cart/items", Map.of("productId", id, "quantity", 1)),
        404,
        "not_found");
    expect(shop.delete(admin, "/v1/products/" + id), 204);
  }

  @Test
  void stockAdjustmentsAddAndRemoveButNeverBelowZero() {
    var id = shop.product(admin, productBody("Cups", 300, "EUR", 4)).get("id").asText();
    var path = "/v1/products/" + id + "/stock-adjustments";

    var added = expect(shop.post(admin, path, Map.of("delta", 6, "reason", "delivery")), 200);
    var removed = expect(shop.post(admin, path, Map.of("delta", -3, "reason", "broken")), 200);
    var error =
        assertError(
            shop.post(admin, path, Map.of("delta", -8, "reason", "stocktake")),
            409,
            "out_of_stock");

    assertThat(added.get("stock").asInt()).isEqualTo(10);
    assertThat(removed.get("stock").asInt()).isEqualTo(7);
    assertThat(error.at("/details/productIds")).hasSize(1);
    assertThat(error.at("/details/productIds/0").asText()).isEqualTo(id);
    assertThat(shop.stock(id)).isEqualTo(7);
  }

  @Test
  void theStockJournalListsEveryChangeNewestFirstForAdmins() {
    var id = shop.product(admin, productBody("Cups", 300, "EUR", 4)).get("id").asText();
    expect(
        shop.post(
            admin,
            "/v1/products/" + id + "/stock-adjustments",
            Map.of("delta", -1, "reason", "broken")),
        200);
    var path = "/v1/products/" + id + "/stock-movements";

    var journal = expect(shop.get(admin, path), 200);
    var second = expect(shop.get(admin, path + "?limit=1&offset=1"), 200);

    assertThat(journal.get("total").asLong()).isEqualTo(2);
    var adjustment = journal.at("/data/0");
    assertThat(adjustment.get("reason").asText()).isEqualTo("adjustment");
    assertThat(adjustment.get("delta").asInt()).isEqualTo(-1);
    assertThat(adjustment.get("stockAfter").asInt()).isEqualTo(3);
    assertThat(adjustment.get("actorId").asText()).isEqualTo(admin.user().id().toString());
    assertThat(adjustment.get("productId").asText()).isEqualTo(id);
    assertThat(second.at("/data/0/reason").asText()).isEqualTo("initial");
    assertThat(second.at("/data/0/stockAfter").asInt()).isEqualTo(4);
    assertError(shop.get(customer, path), 403, "forbidden");
    assertError(shop.get(null, path), 401, "unauthenticated");
    assertError(
        shop.get(admin, "/v1/products/" + UUID.randomUUID() + "/stock-movements"),
        404,
        "not_found");
  }

  @Test
  void aStockAdjustmentNeedsANonZeroDeltaAndAReason() {
    var id = shop.product(admin, productBody("Cups", 300, "EUR", 4)).get("id").asText();
    var path = "/v1/products/" + id + "/stock-adjustments";

    var zero =
        assertError(
            shop.post(admin, path, Map.of("delta", 0, "reason", "none")), 400, "validation_failed");
    var blank =
        assertError(
            shop.post(admin, path, Map.of("delta", 1, "reason", "  ")), 400, "validation_failed");
    var missing = assertError(shop.post(admin, path, Map.of()), 400, "validation_failed");

    assertThat(zero.at("/details/delta").asText()).isNotBlank();
    assertThat(blank.at("/details/reason").asText()).isNotBlank();
    assertThat(missing.get("details").has("delta")).isTrue();
    assertThat(missing.get("details").has("reason")).isTrue();
    assertThat(shop.stock(id)).isEqualTo(4);
  }

  @Test
  void anUnknownProductIsNotFoundOnEveryRoute() {
    var unknown = "/v1/products/" + UUID.randomUUID();
    var update = productBody("X", 1, "EUR", 0);
    update.remove("stock");

    assertError(shop.get(null, unknown), 404, "not_found");
    assertError(shop.get(null, "/v1/products/not-a-uuid"), 404, "not_found");
    assertError(shop.put(admin, unknown, update), 404, "not_found");
    assertError(shop.delete(admin, unknown), 404, "not_found");
    assertError(
        shop.post(admin, unknown + "/stock-adjustments", Map.of("delta", 1, "reason", "r")),
        404,
        "not_found");
  }

  @Test
  void theAdminRoutesAreForAdminsOnly() {
    var product = shop.product(admin, productBody("Cups", 300, "EUR", 4));
    var id = product.get("id").asText();
    var update = productBody("Cups", 1, "EUR", 0);
    update.remove("stock");
    var adjustment = Map.of("delta", 1, "reason", "r");

    for (var caller : new AuthResult[] {customer, null}) {
      var status = caller == null ? 401 : 403;
      var code = caller == null ? "unauthenticated" : "forbidden";
      assertError(shop.post(caller, "/v1/products", productBody("New", 1, "EUR", 1)), status, code);
      assertError(shop.put(caller, "/v1/products/" + id, update), status, code);
      assertError(shop.delete(caller, "/v1/products/" + id), status, code);
      assertError(
          shop.post(caller, "/v1/products/" + id + "/stock-adjustments", adjustment), status, code);
    }
    assertThat(expect(shop.get(null, "/v1/products/" + id), 200)).isEqualTo(product);
    assertThat(Shop.json(shop.get(null, "/v1/products")).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void theCatalogIgnoresAnyAuthorizationHeader() {
    var id = shop.product(admin, productBody("Cups", 300, "EUR", 4)).get("id").asText();

    var listed = shop.get(null, "/v1/products", "Authorization", "Bearer not-a-token");
    var shown = shop.get(null, "/v1/products/" + id, "Authorization", "Bearer not-a-token");

    assertThat(expect(listed, 200).get("total").asLong()).isEqualTo(1);
    assertThat(expect(shown, 200).get("id").asText()).isEqualTo(id);
    assertThat(List.of(listed.statusCode(), shown.statusCode())).containsOnly(200);
  }
}
