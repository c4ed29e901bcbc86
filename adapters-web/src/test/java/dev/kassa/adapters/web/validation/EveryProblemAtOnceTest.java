package dev.kassa.adapters.web.validation;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.KassaControllers;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.auth.AuthResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route that takes a JSON body, fed a body with several bad fields: it answers one {@code 400
 * validation_failed} whose details name every one of them, whether the JSON binding (type, unknown
 * or missing field), the parsing of a field (id, currency, status) or the command's own checks
 * (ranges, lengths) refused it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryProblemAtOnceTest {

  /** Routes whose body is not a JSON request record: none, a provider's raw event, a form. */
  private static final Set<String> WITHOUT_JSON_BODY =
      Set.of(
          "POST /v1/auth/logout",
          "POST /v1/orders/{id}/cancel",
          "POST /v1/webhooks/{provider}",
          "POST /pay/{paymentId}",
          "POST /v1/notifications/{id}/read",
          "POST /v1/notifications/read-all");

  private LiveKassa live;
  private AuthResult customer;
  private AuthResult admin;

  record BadBody(String method, String path, String body, List<String> badFields) {

    String route() {
      return method + " " + path;
    }

    @Override
    public String toString() {
      return route();
    }
  }

  @BeforeAll
  void start() {
    live = LiveKassa.start(kassa -> KassaControllers.all(kassa, TestApi.settings(), Map.of()));
    customer = live.customer();
    admin = live.admin();
  }

  @AfterAll
  void stop() {
    live.close();
  }

  static Stream<BadBody> badBodies() {
    return Stream.of(
        bad(
            "POST /v1/auth/register",
            "{\"email\": \"nobody\", \"password\": \"short\", \"firstName\": \"\","
                + " \"dateOfBirth\": \"yesterday\"}",
            "email",
            "password",
            "firstName",
            "lastName",
            "dateOfBirth"),
        bad("POST /v1/auth/login", "{\"email\": 5, \"otp\": \"1\"}", "email", "otp", "password"),
        bad(
            "POST /v1/auth/refresh",
            "{\"refreshToken\": 5, \"extra\": true}",
            "refreshToken",
            "extra"),
        bad(
            "PATCH /v1/auth/me",
            "{\"firstName\": \" \", \"lastName\": 7, \"email\": \"x\"}",
            "firstName",
            "lastName",
            "email"),
        bad(
            "POST /v1/accounts",
            "{\"type\": \"gold\", \"currency\": \"euro\", \"name\": 5}",
            "type",
            "currency",
            "name"),
        bad("PATCH /v1/accounts/{id}", "{\"name\": 5, \"status\": \"closed\"}", "name", "status"),
        bad(
            "POST /v1/transactions",
            "{\"accountId\": \"nope\", \"type\": \"gift\", \"amount\": 0, \"currency\": \"EUR\"}",
            "accountId",
            "type",
            "amount"),
        bad(
            "POST /v1/transfers",
            "{\"fromAccountId\": \"nope\", \"toAccountId\": 1, \"amount\": 1.5, \"currency\": \"eur\"}",
            "fromAccountId",
            "toAccountId",
            "amount",
            "currency"),
        bad("POST /v1/cards", "{\"accountId\": \"nope\", \"type\": \"gold\"}", "accountId", "type"),
        bad("PATCH /v1/cards/{id}", "{\"status\": \"lost\", \"pin\": 1234}", "status", "pin"),
        bad(
            "POST /v1/products",
            "{\"sku\": \"a b\", \"name\": \"\", \"price\": \"ten\", \"currency\": \"EUR\","
                + " \"category\": \"lights\", \"stock\": -1}",
            "sku",
            "name",
            "price",
            "stock"),
        bad(
            "PUT /v1/products/{id}",
            "{\"sku\": \"a b\", \"name\": 5, \"price\": 0, \"currency\": \"EURO\", \"category\": \"?\"}",
            "sku",
            "name",
            "price",
            "currency",
            "category"),
        bad(
            "POST /v1/products/{id}/stock-adjustments",
            "{\"delta\": 0, \"reason\": \"\"}",
            "delta",
            "reason"),
        bad(
            "POST /v1/cart/items",
            "{\"productId\": \"nope\", \"quantity\": 0}",
            "productId",
            "quantity"),
        bad("PUT /v1/cart/items/{id}", "{\"quantity\": 1.5, \"note\": \"x\"}", "quantity", "note"),
        bad(
            "POST /v1/checkout",
            "{\"paymentMethod\": {\"type\": \"cash\", \"cardId\": \"nope\"}, \"coupon\": \"x\"}",
            "paymentMethod.type",
            "paymentMethod.cardId",
            "coupon"),
        bad(
            "POST /v1/purchases",
            "{\"productId\": \"nope\", \"quantity\": 0, \"accountId\": 5}",
            "productId",
            "quantity",
            "accountId"),
        bad("PATCH /v1/orders/{id}", "{\"status\": \"lost\", \"note\": 1}", "status", "note"),
        bad("POST /v1/orders/{id}/refunds", "{\"amount\": -1, \"reason\": 1}", "amount", "reason"),
        bad(
            "POST /v1/auth/password",
            "{\"currentPassword\": 5, \"newPassword\": \"short\"}",
            "currentPassword",
            "newPassword"),
        bad("POST /v1/auth/password-reset", "{\"email\": 5, \"extra\": 1}", "email", "extra"),
        bad(
            "POST /v1/auth/password-reset/confirm",
            "{\"token\": 5, \"newPassword\": \"short\"}",
            "token",
            "newPassword"),
        bad(
            "PATCH /v1/admin/users/{id}",
            "{\"role\": \"king\", \"status\": \"active\", \"extra\": 1}",
            "role",
            "extra"),
        bad(
            "POST /v1/admin/events/{id}/redeliver",
            "{\"subscriber\": 5, \"extra\": 1}",
            "subscriber",
            "extra"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void everyBadFieldOfABodyIsNamedInOneAnswer(BadBody bad) {
    var error = refused(bad.method(), bad.path(), bad.body());

    assertThat(fieldNames(error)).containsExactlyInAnyOrderElementsOf(bad.badFields());
  }

  @Test
  void everyRouteThatTakesABodyIsInTheTable() {
    var routes =
        live.api().api().routes().stream()
            .filter(route -> Set.of("POST", "PUT", "PATCH").contains(route.method()))
            .map(route -> route.method() + " " + route.path())
            .filter(route -> !WITHOUT_JSON_BODY.contains(route))
            .collect(Collectors.toSet());

    assertThat(badBodies().map(BadBody::route)).containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void productCreationNamesEveryBadFieldWithItsProblem() {
    var error =
        refused(
            "POST",
            "/v1/products",
            "{\"sku\": \"no spaces\", \"name\": \" \", \"price\": -5, \"currency\": \"euro\","
                + " \"category\": \"lights\", \"stock\": -1}");

    assertThat(error.get("details").properties())
        .extracting(entry -> entry.getKey() + ": " + entry.getValue().asText())
        .containsExactlyInAnyOrder(
            "sku: must be 1 to 64 letters, digits, dots, dashes or underscores",
            "name: must be 1 to 200 characters",
            "price: must be greater than zero and at most 1000000000000 minor units",
            "currency: must be an ISO 4217 code such as EUR",
            "stock: must be between 0 and 1000000000");
  }

  @Test
  void transferNamesEveryBadFieldWithItsProblem() {
    var error =
        refused(
            "POST",
            "/v1/transfers",
            "{\"fromAccountId\": \"nope\", \"toAccountId\": \"1234\", \"amount\": -5,"
                + " \"currency\": \"euro\"}");

    assertThat(error.get("details").properties())
        .extracting(entry -> entry.getKey() + ": " + entry.getValue().asText())
        .containsExactlyInAnyOrder(
            "fromAccountId: must be a UUID",
            "toAccountId: must be a UUID",
            "amount: must be greater than zero",
            "currency: must be an ISO 4217 code such as EUR");
  }

  @Test
  void transferBetweenOneAccountNamesThatBesideTheOtherProblems() {
    var account = UUID.randomUUID().toString();
    var error =
        refused(
            "POST",
            "/v1/transfers",
            "{\"fromAccountId\": \""
                + account
                + "\", \"toAccountId\": \""
                + account
                + "\", \"amount\": 0, \"currency\": \"EUR\", \"description\": \""
                + "x".repeat(10_000)
                + "\"}");

    assertThat(fieldNames(error)).containsExactlyInAnyOrder("toAccountId", "amount", "description");
    assertThat(error.get("details").get("toAccountId").asText())
        .isEqualTo("must differ from fromAccountId");
  }

  private JsonNode refused(String method, String path, String body) {
    var caller =
        path.startsWith("/v1/products")
                || path.startsWith("/v1/orders/")
                || path.startsWith("/v1/admin/")
            ? admin
            : customer;
    var concrete = path.replaceAll("\\{[a-z]+}", UUID.randomUUID().toString());
    var response = live.send(method, concrete, body, LiveKassa.bearer(caller));
    return assertError(response, 400, "validation_failed");
  }

  private static List<String> fieldNames(JsonNode error) {
    return error.get("details").properties().stream().map(Map.Entry::getKey).toList();
  }

  private static BadBody bad(String route, String body, String... badFields) {
    var parts = route.split(" ", 2);
    return new BadBody(parts[0], parts[1], body, List.of(badFields));
  }
}
