package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String lamp;
  private String desk;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
    desk = shop.product(admin, productBody("Desk", 40_000, "EUR", 2)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void aNewCustomerHasAnEmptyCart() {
    var cart = expect(shop.get(ann, "/v1/cart"), 200);

    assertThat(cart.get("items")).isEmpty();
    assertThat(cart.get("currency").isNull()).isTrue();
    assertThat(cart.get("subtotal").isNull()).isTrue();
    assertThat(cart.get("itemCount").asInt()).isZero();
  }

  @Test
  void addingAProductAnswersItsLineAndAddingAgainMergesIt() {
    var first = shop.addToCart(ann, lamp, 2);
    var again = shop.addToCart(ann, lamp, 3);

    assertThat(first.get("productId").asText()).isEqualTo(lamp);
    assertThat(first.get("name").asText()).isEqualTo("Lamp");
    assertThat(first.get("unitPrice").asLong()).isEqualTo(2_500);
    assertThat(first.get("quantity").asInt()).isEqualTo(2);
    assertThat(first.get("lineTotal").asLong()).isEqualTo(5_000);
    assertThat(first.get("available").asBoolean()).isTrue();
    assertThat(again.get("id")).isEqualTo(first.get("id"));
    assertThat(again.get("quantity").asInt()).isEqualTo(5);
    assertThat(again.get("lineTotal").asLong()).isEqualTo(12_500);
  }

  @Test
  void theCartTotalsItsLinesAtCurrentPrices() {
    shop.addToCart(ann, lamp, 2);
    shop.addToCart(ann, desk, 1);
    var priceChange = productBody("Lamp", 3_000, "EUR", 0);
    priceChange.remove("stock");
    expect(shop.put(admin, "/v1/products/" + lamp, priceChange), 200);

    var cart = expect(shop.get(ann, "/v1/cart"), 200);

    assertThat(cart.get("items")).hasSize(2);
    assertThat(cart.get("currency").asText()).isEqualTo("EUR");
    assertThat(cart.get("subtotal").asLong()).isEqualTo(2 * 3_000 + 40_000);
    assertThat(cart.get("itemCount").asInt()).isEqualTo(3);
    assertThat(cart.at("/items/0/unitPrice").asLong()).isEqualTo(3_000);
    assertThat(cart.at("/items/0/lineTotal").asLong()).isEqualTo(6_000);
  }

  @Test
  void aLineCanBeChangedRemovedAndTheCartCleared() {
    var line = shop.addToCart(ann, lamp, 2).get("id").asText();
    shop.addToCart(ann, desk, 1);

    var changed = expect(shop.put(ann, "/v1/cart/items/" + line, Map.of("quantity", 7)), 200);
    assertThat(changed.get("id").asText()).isEqualTo(line);
    assertThat(changed.get("quantity").asInt()).isEqualTo(7);
    assertThat(changed.get("lineTotal").asLong()).isEqualTo(17_500);

    expect(shop.delete(ann, "/v1/cart/items/" + line), 204);
    var afterRemoval = expect(shop.get(ann, "/v1/cart"), 200);
    assertThat(afterRemoval.get("items")).hasSize(1);
    assertThat(afterRemoval.at("/items/0/productId").asText()).isEqualTo(desk);
    assertError(shop.delete(ann, "/v1/cart/items/" + line), 404, "not_found");

    expect(shop.delete(ann, "/v1/cart"), 204);
    assertThat(expect(shop.get(ann, "/v1/cart"), 200).get("items")).isEmpty();
    expect(shop.delete(ann, "/v1/cart"), 204);
  }

  @Test
  void anArchivedProductStaysInTheCartMarkedUnavailable() {
    shop.addToCart(ann, lamp, 2);
    shop.addToCart(ann, desk, 1);
    expect(shop.delete(admin, "/v1/products/" + desk), 204);

    var cart = expect(shop.get(ann, "/v1/cart"), 200);

    assertThat(cart.get("items")).hasSize(2);
    var deskLine = cart.at("/items/1");
    assertThat(deskLine.get("productId").asText()).isEqualTo(desk);
    assertThat(deskLine.get("available").asBoolean()).isFalse();
    assertThat(cart.at("/items/0/available").asBoolean()).isTrue();
    assertThat(cart.get("subtotal").asLong()).isEqualTo(5_000);
    assertThat(cart.get("itemCount").asInt()).isEqualTo(2);
  }

  @Test
  void aCartHoldsOneCurrency() {
    shop.addToCart(ann, lamp, 1);
    var dollars = shop.product(admin, productBody("Mug", 900, "USD", 5)).get("id").asText();

    assertError(
        shop.post(ann, "/v1/cart/items", Map.of("productId", dollars, "quantity", 1)),
        422,
        "currency_mismatch");
    assertThat(shop.cart(ann).lines()).hasSize(1);
  }

  @Test
  void anotherCustomersLineIsNotFoundAndUntouched() {
    var line = shop.addToCart(ann, lamp, 2).get("id").asText();
    var bob = shop.customer();

    assertError(shop.put(bob, "/v1/cart/items/" + line, Map.of("quantity", 9)), 404, "not_found");
    assertError(shop.delete(bob, "/v1/cart/items/" + line), 404, "not_found");
    expect(shop.delete(bob, "/v1/cart"), 204);

    assertThat(expect(shop.get(bob, "/v1/cart"), 200).get("items")).isEmpty();
    var cart = expect(shop.get(ann, "/v1/cart"), 200);
    assertThat(cart.get("items")).hasSize(1);
    assertThat(cart.at("/items/0/quantity").asInt()).isEqualTo(2);
  }

  @Test
  void unknownProductsAndLinesAreNotFound() {
    var unknown = UUID.randomUUID().toString();

    assertError(
        shop.post(ann, "/v1/cart/items", Map.of("productId", unknown, "quantity", 1)),
        404,
        "not_found");
    assertError(
        shop.put(ann, "/v1/cart/items/" + unknown, Map.of("quantity", 1)), 404, "not_found");
    assertError(shop.put(ann, "/v1/cart/items/nope", Map.of("quantity", 1)), 404, "not_found");
    assertError(shop.delete(ann, "/v1/cart/items/" + unknown), 404, "not_found");
    assertThat(shop.cart(ann).lines()).isEmpty();
  }

  @Test
  void theCartIsForAuthenticatedCallersOnly() {
    var line = shop.addToCart(ann, lamp, 1).get("id").asText();

    assertError(shop.get(null, "/v1/cart"), 401, "unauthenticated");
    assertError(shop.delete(null, "/v1/cart"), 401, "unauthenticated");
    assertError(
        shop.post(null, "/v1/cart/items", Map.of("productId", lamp, "quantity", 1)),
        401,
        "unauthenticated");
    assertError(
        shop.put(null, "/v1/cart/items/" + line, Map.of("quantity", 1)), 401, "unauthenticated");
    assertError(shop.delete(null, "/v1/cart/items/" + line), 401, "unauthenticated");
    assertThat(shop.cart(ann).lines()).hasSize(1);
  }
}
