package dev.kassa.adapters.web.shop;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.LiveKassa;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every protected shop route refuses a caller without a valid bearer token, and every admin route a
 * customer, before looking at the input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopAuthenticationTest {

  private static final String ID = "0190a6b2-0000-7000-8000-000000000000";

  private Shop shop;

  @BeforeAll
  void start() {
    shop = Shop.start();
  }

  @AfterAll
  void stop() {
    shop.close();
  }

  private static String body(String method) {
    return method.equals("GET") || method.equals("DELETE") ? null : "{}";
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /v1/products",
    "PUT, /v1/products/" + ID,
    "DELETE, /v1/products/" + ID,
    "POST, /v1/products/" + ID + "/stock-adjustments",
    "GET, /v1/cart",
    "DELETE, /v1/cart",
    "POST, /v1/cart/items",
    "PUT, /v1/cart/items/" + ID,
    "DELETE, /v1/cart/items/" + ID,
    "POST, /v1/checkout",
    "GET, /v1/orders",
    "GET, /v1/orders/" + ID,
    "PATCH, /v1/orders/" + ID,
    "POST, /v1/orders/" + ID + "/cancel",
    "POST, /v1/purchases",
    "GET, /v1/purchases",
    "GET, /v1/purchases/" + ID
  })
  void everyProtectedRouteNeedsAValidToken(String method, String path) {
    var body = body(method);

    var missing = shop.send(method, path, body);
    var malformed = shop.send(method, path, body, "Authorization", "Bearer not.a.jwt");
    var wrongScheme = shop.send(method, path, body, "Authorization", "Basic YW5uOnB3");

    for (var response : List.of(missing, malformed, wrongScheme)) {
      assertError(response, 401, "unauthenticated");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /v1/products",
    "PUT, /v1/products/" + ID,
    "DELETE, /v1/products/" + ID,
    "POST, /v1/products/" + ID + "/stock-adjustments",
    "PATCH, /v1/orders/" + ID
  })
  void everyAdminRouteForbidsCustomers(String method, String path) {
    var customer = shop.customer();

    var response =
        shop.send(method, path, body(method), "Authorization", LiveKassa.bearer(customer)[1]);

    assertError(response, 403, "forbidden");
  }
}
