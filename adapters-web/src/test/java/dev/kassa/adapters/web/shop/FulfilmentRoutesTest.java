package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.shop.Shop.expect;
import static dev.kassa.adapters.web.shop.Shop.productBody;
import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FulfilmentRoutesTest {

  private Shop shop;
  private AuthResult admin;
  private AuthResult ann;
  private String account;
  private String lamp;

  @BeforeEach
  void start() {
    shop = Shop.start();
    admin = shop.admin();
    ann = shop.customer();
    account = shop.fundedAccount(ann, "EUR", 10_000);
    lamp = shop.product(admin, productBody("Lamp", 2_500, "EUR", 10)).get("id").asText();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void aCheckoutKeepsItsShippingAddressForTheOwnerAndAdmins() {
    shop.addToCart(ann, lamp, 1);
    var body =
        Map.of(
            "paymentMethod",
            Map.of("type", "account", "accountId", account),
            "shippingAddress",
            address("de"));

    var order = expect(shop.post(ann, "/v1/checkout", body), 201);

    assertThat(order.at("/shippingAddress/country").asText()).isEqualTo("DE");
    assertThat(order.at("/shippingAddress/postalCode").asText()).isEqualTo("10115");
    assertThat(order.at("/shippingAddress/line2").isNull()).isTrue();
    var path = "/v1/orders/" + order.get("id").asText();
    assertThat(expect(shop.get(admin, path), 200).get("shippingAddress"))
        .isEqualTo(order.get("shippingAddress"));
    assertThat(expect(shop.get(ann, path), 200).get("shippingAddress"))
        .isEqualTo(order.get("shippingAddress"));
  }

  @Test
  void aPurchaseTakesAShippingAddressToo() {
    var body =
        Map.of(
            "productId",
            lamp,
            "quantity",
            1,
            "accountId",
            account,
            "shippingAddress",
            address("FR"));

    var purchase = expect(shop.post(ann, "/v1/purchases", body), 201);

    var order = expect(shop.get(ann, "/v1/orders/" + purchase.get("orderId").asText()), 200);
    assertThat(order.at("/shippingAddress/country").asText()).isEqualTo("FR");
  }

  @Test
  void everyBadFieldOfAnAddressIsReportedAtOnceWithThePaymentMethodsAndNothingIsBought() {
    shop.addToCart(ann, lamp, 1);
    var bad = new LinkedHashMap<String, Object>();
    bad.put("name", " ");
    bad.put("line1", "x".repeat(201));
    bad.put("postalCode", "1".repeat(21));
    bad.put("country", "XX");
    var body = Map.of("paymentMethod", Map.of("type", "cash"), "shippingAddress", bad);

    var error = assertError(shop.post(ann, "/v1/checkout", body), 400, "validation_failed");

    assertThat(error.get("details").properties())
        .extracting(Map.Entry::getKey)
        .contains(
            "paymentMethod.type",
            "shippingAddress.name",
            "shippingAddress.line1",
            "shippingAddress.postalCode",
            "shippingAddress.city",
            "shippingAddress.country");
    assertThat(shop.stock(lamp)).isEqualTo(10);
    assertThat(shop.balance(account)).isEqualTo(10_000);
  }

  @Test
  void shippingKeepsTheCarrierAndTrackingNumberWhichOnlyShippingTakes() {
    shop.addToCart(ann, lamp, 1);
    var order = "/v1/orders/" + expect(shop.checkout(ann, account), 201).get("id").asText();

    var shipped =
        expect(
            shop.patch(
                admin,
                order,
                Map.of("status", "shipped", "carrier", "DHL", "trackingNumber", "JD0123")),
            200);

    assertThat(shipped.get("carrier").asText()).isEqualTo("DHL");
    assertThat(shipped.get("trackingNumber").asText()).isEqualTo("JD0123");
    assertThat(expect(shop.get(ann, order), 200).get("trackingNumber").asText())
        .isEqualTo("JD0123");
    var error =
        assertError(
            shop.patch(admin, order, Map.of("status", "delivered", "carrier", "UPS")),
            400,
            "validation_failed");
    assertThat(error.get("details").has("carrier")).isTrue();
    var tooLong =
        assertError(
            shop.patch(
                admin,
                order,
                Map.of("status", "shipped", "carrier", "c".repeat(101), "trackingNumber", " ")),
            400,
            "validation_failed");
    assertThat(tooLong.get("details").has("carrier")).isTrue();
  }

  @Test
  void onlyAdminsListArchivedProducts() {
    expect(shop.delete(admin, "/v1/products/" + lamp), 204);

    var archived = expect(shop.get(admin, "/v1/products?status=archived"), 200);

    assertThat(archived.get("total").asLong()).isEqualTo(1);
    assertThat(archived.at("/data/0/id").asText()).isEqualTo(lamp);
    assertThat(archived.at("/data/0/status").asText()).isEqualTo("archived");
    assertThat(expect(shop.get(admin, "/v1/products"), 200).get("total").asLong()).isZero();
    assertError(shop.get(ann, "/v1/products?status=archived"), 403, "forbidden");
    assertError(shop.get(null, "/v1/products?status=archived"), 401, "unauthenticated");
    assertError(shop.get(admin, "/v1/products?status=gone"), 400, "validation_failed");
  }

  private static Map<String, Object> address(String country) {
    return Map.of(
        "name", "Ada Lovelace",
        "line1", "Invalidenstrasse 1",
        "postalCode", "10115",
        "city", "Berlin",
        "country", country);
  }
}
