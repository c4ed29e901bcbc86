package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void protectedRouteWithoutTokenIsUnauthenticated() {
    var response = api.get("/v1/me");

    assertError(response, 401, "unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "customer.token.1", "Bearer a b"})
  void malformedAuthorizationHeaderIsUnauthenticated(String header) {
    assertError(api.get("/v1/me", "Authorization", header), 401, "unauthenticated");
  }

  @Test
  void unknownTokenIsUnauthenticated() {
    assertError(
        api.get("/v1/me", "Authorization", "Bearer forged.token.x"), 401, "unauthenticated");
  }

  @Test
  void expiredTokenIsTokenExpired() {
    var response = api.get("/v1/me", "Authorization", "Bearer " + FakeAuthenticator.EXPIRED_TOKEN);

    assertError(response, 401, "token_expired");
  }

  @Test
  void validTokenGivesTheHandlerTheActorAndTheClaims() {
    var response = api.get("/v1/me", "Authorization", "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    var body = TestApi.json(response);
    assertThat(body.get("userId").asText()).isEqualTo(FakeAuthenticator.CUSTOMER.toString());
    assertThat(body.get("claims").asText()).isEqualTo("claims-of-customer");
  }

  @Test
  void schemeIsCaseInsensitive() {
    var response = api.get("/v1/me", "Authorization", "bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void customerOnAdminRouteIsForbidden() {
    var response =
        api.get("/v1/admin/things", "Authorization", "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

    assertError(response, 403, "forbidden");
  }

  @Test
  void anonymousOnAdminRouteIsUnauthenticatedNotForbidden() {
    assertError(api.get("/v1/admin/things"), 401, "unauthenticated");
  }

  @Test
  void adminOnAdminRouteIsServed() {
    var response =
        api.get("/v1/admin/things", "Authorization", "Bearer " + FakeAuthenticator.ADMIN_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void publicRouteIgnoresABadToken() {
    var response = api.get("/v1/things", "Authorization", "Bearer forged.token.x");

    assertThat(response.statusCode()).isEqualTo(200);
  }
}
