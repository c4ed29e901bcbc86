package dev.kassa.adapters.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.adapters.web.ratelimit.RateLimitPolicy;
import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.domain.error.NotFoundException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The infrastructure's own answers conform to the document, and the checker catches drift. */
class OpenApiContractTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();
  private static final String CUSTOMER = "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN;

  record OpenAccount(@Required String type, @Required String currency, String name) {}

  private static TestApi api;

  private static Map<String, Object> user(String phone) {
    var user = new java.util.LinkedHashMap<String, Object>();
    user.put("id", "0190a000-0000-7000-8000-000000000001");
    user.put("email", "ann@example.com");
    user.put("role", "customer");
    user.put("status", "active");
    user.put("firstName", "Ann");
    user.put("lastName", "Lee");
    user.put("dateOfBirth", null);
    user.put("phone", "none".equals(phone) ? null : phone);
    user.put("address", null);
    user.put("notifications", Map.of("email", true, "sms", false));
    user.put("createdAt", java.time.Instant.parse("2024-05-01T10:15:30.123Z"));
    return user;
  }

  @BeforeAll
  static void start() {
    Controller documented =
        routes ->
            routes
                .get("/v1/auth/me", RouteAccess.USER, call -> call.ok(Map.of("id", "not-a-user")))
                .post(
                    "/v1/accounts",
                    RouteAccess.USER,
                    call -> {
                      call.body(OpenAccount.class);
                      throw new IllegalStateException("not reached in these tests");
                    })
                .get("/v1/admin/ledger/verify", RouteAccess.ADMIN, call -> call.noContent())
                .get(
                    "/v1/account-holders/{id}",
                    RouteAccess.USER,
                    call -> call.ok(user(call.ctx().pathParam("id"))))
                .get(
                    "/v1/health/live",
                    RouteAccess.PUBLIC,
                    call -> call.ok(Map.of("status", "ok", "extra", 1)))
                .get(
                    "/v1/openapi.json",
                    RouteAccess.PUBLIC,
                    call -> {
                      throw new NotFoundException("Document", "x");
                    });
    api = TestApi.start(documented);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void missingTokenAnswerConforms() {
    CONTRACT.assertConforms(api.get("/v1/auth/me"));
  }

  @Test
  void forbiddenAnswerConforms() {
    CONTRACT.assertConforms(api.get("/v1/admin/ledger/verify", "Authorization", CUSTOMER));
  }

  @Test
  void bodyFailuresConform() {
    CONTRACT.assertConforms(
        api.postJson("/v1/accounts", "{\"type\": 1}", "Authorization", CUSTOMER));
    CONTRACT.assertConforms(api.postJson("/v1/accounts", "{", "Authorization", CUSTOMER));
    CONTRACT.assertConforms(
        api.send(
            api.request("/v1/accounts")
                .header("Authorization", CUSTOMER)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))));
    // Answered from Content-Length alone: a client that waits for "100 Continue" reads the 413
    // whatever the timing; one that sends the body at once can meet the closed connection first.
    CONTRACT.assertConforms(
        api.send(
            api.request("/v1/accounts")
                .expectContinue(true)
                .header("Authorization", CUSTOMER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(1_100_000) + "\""))));
  }

  @Test
  void internalErrorConforms() {
    CONTRACT.assertConforms(
        api.postJson(
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"EUR\"}",
            "Authorization",
            CUSTOMER));
  }

  @Test
  void rateLimitedAnswerConforms() {
    Controller live =
        routes ->
            routes.get(
                "/v1/health/live", RouteAccess.PUBLIC, call -> call.ok(Map.of("status", "ok")));
    try (var strict =
        TestApi.start(TestApi.settings().withRateLimits(RateLimitPolicy.of(1, 1)), live)) {
      strict.get("/v1/health/live");
      var limited = strict.get("/v1/health/live");

      assertThat(limited.statusCode()).isEqualTo(429);
      CONTRACT.assertConforms(limited);
    }
  }

  @Test
  void bodyThatBreaksItsSchemaIsCaught() {
    assertThat(CONTRACT.check(api.get("/v1/health/live")).hasErrors()).isTrue();
    assertThat(CONTRACT.check(api.get("/v1/auth/me", "Authorization", CUSTOMER)).hasErrors())
        .isTrue();
  }

  @Test
  void nullableFieldsTakeNullAndTimestampsAreIsoStrings() {
    var response = api.get("/v1/account-holders/none", "Authorization", CUSTOMER);

    assertThat(response.body())
        .contains("\"phone\":null", "\"createdAt\":\"2024-05-01T10:15:30.123Z\"");
    CONTRACT.assertConforms(response);
  }

  @Test
  void routesMissingFromTheDocumentAreNamed() {
    Controller extra =
        routes ->
            routes
                .get("/v1/accounts/{id}", RouteAccess.USER, call -> call.noContent())
                .get("/v1/secret", RouteAccess.PUBLIC, call -> call.noContent());

    var routes =
        HttpApi.create(
                TestApi.settings(), token -> null, TestApi.inMemoryIdempotency(), List.of(extra))
            .routes();

    assertThat(CONTRACT.undocumented(routes)).containsExactly("GET /v1/secret");
    assertThat(CONTRACT.documentedOperations()).contains("DELETE /v1/accounts/{id}");
  }

  @Test
  void undocumentedStatusIsCaught() {
    var response = api.get("/v1/openapi.json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(CONTRACT.check(response).hasErrors()).isTrue();
  }
}
