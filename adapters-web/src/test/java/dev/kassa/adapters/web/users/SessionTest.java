package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refreshing and ending a session over HTTP. */
class SessionTest {

  private final CheckedApi api = CheckedApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> me(JsonNode pair) {
    return api.get("/v1/auth/me", CheckedApi.bearer(pair.get("accessToken").asText()));
  }

  private HttpResponse<String> refresh(JsonNode pair) {
    return api.refresh(pair.get("refreshToken").asText());
  }

  private HttpResponse<String> logOut(JsonNode pair) {
    return api.postEmpty("/v1/auth/logout", CheckedApi.bearer(pair.get("accessToken").asText()));
  }

  @Test
  void refreshAnswersANewPairOfTheSameUser() {
    var first = api.register("ann@example.com");

    var response = refresh(first);

    assertThat(response.statusCode()).isEqualTo(200);
    var second = TestApi.json(response);
    assertThat(second.get("user")).isEqualTo(first.get("user"));
    assertThat(second.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(second.get("refreshToken").asText())
        .isNotEqualTo(first.get("refreshToken").asText());
    assertThat(second.get("accessToken").asText()).isNotEqualTo(first.get("accessToken").asText());
    assertThat(me(second).statusCode()).isEqualTo(200);
    assertThat(refresh(second).statusCode()).isEqualTo(200);
  }

  @Test
  void aSpentRefreshTokenPresentedAgainRevokesTheWholeFamily() {
    var first = api.register("ann@example.com");
    var second = TestApi.json(refresh(first));

    assertError(refresh(first), 401, "unauthenticated");

    assertError(refresh(second), 401, "unauthenticated");
    assertError(me(second), 401, "unauthenticated");
    assertError(me(first), 401, "unauthenticated");
  }

  @Test
  void anUnknownRefreshTokenIsUnauthenticated() {
    assertError(api.refresh("not-a-token-anyone-was-given"), 401, "unauthenticated");
  }

  @Test
  void aMissingRefreshTokenIsRequired() {
    var error = assertError(api.post("/v1/auth/refresh", "{}"), 400, "validation_failed");

    assertThat(error.get("details").get("refreshToken").asText()).isEqualTo("is required");
  }

  @Test
  void logoutRevokesTheAccessTokenAndItsRefreshTokenAtOnce() {
    var pair = api.register("ann@example.com");

    var response = logOut(pair);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertError(me(pair), 401, "unauthenticated");
    assertError(refresh(pair), 401, "unauthenticated");
  }

  @Test
  void logoutEndsOnlyItsOwnSession() {
    var phone = api.register("ann@example.com");
    var laptop = TestApi.json(api.logIn("ann@example.com", LiveKassa.PASSWORD));

    logOut(phone);

    assertThat(me(laptop).statusCode()).isEqualTo(200);
    assertThat(refresh(laptop).statusCode()).isEqualTo(200);
  }

  @Test
  void logoutRefusesAnOversizedBodyAndLeavesTheSessionAlone() {
    var pair = api.register("ann@example.com");
    var oversized = "\"" + "x".repeat(1_100_000) + "\"";

    var response =
        api.postAwaitingContinue(
            "/v1/auth/logout", oversized, CheckedApi.bearer(pair.get("accessToken").asText()));

    assertError(response, 413, "payload_too_large");
    assertThat(me(pair).statusCode()).isEqualTo(200);
  }

  @Test
  void logoutNeedsAToken() {
    assertError(api.postEmpty("/v1/auth/logout"), 401, "unauthenticated");
    assertError(
        api.postEmpty("/v1/auth/logout", CheckedApi.bearer("not.a.jwt")), 401, "unauthenticated");
  }
}
