package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogInTest {

  private final CheckedApi api = CheckedApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void loginAnswersTheUserAndANewTokenPair() {
    var registered = api.register("ann@example.com");

    var response = api.logIn("Ann@Example.com", LiveKassa.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    var body = TestApi.json(response);
    assertThat(body.get("user")).isEqualTo(registered.get("user"));
    assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
    assertThat(body.get("accessToken").asText())
        .isNotEqualTo(registered.get("accessToken").asText());
    assertThat(body.get("refreshToken").asText())
        .isNotEqualTo(registered.get("refreshToken").asText());
    var me = api.get("/v1/auth/me", CheckedApi.bearer(body.get("accessToken").asText()));
    assertThat(me.statusCode()).isEqualTo(200);
  }

  @Test
  void aStaleOrBrokenBearerTokenDoesNotStandInTheWayOfLoggingIn() {
    api.register("ann@example.com");
    var body = "{\"email\":\"ann@example.com\",\"password\":\"" + LiveKassa.PASSWORD + "\"}";

    for (var header : new String[] {"Bearer not-a-token", "Basic abc", "Bearer "}) {
      var response = api.post("/v1/auth/login", body, "Authorization", header);

      assertThat(response.statusCode()).as(header).isEqualTo(200);
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailFailAlike() {
    api.register("ann@example.com");

    var wrongPassword =
        assertError(api.logIn("ann@example.com", "not the password"), 401, "unauthenticated");
    var unknownEmail =
        assertError(api.logIn("nobody@example.com", LiveKassa.PASSWORD), 401, "unauthenticated");

    assertThat(wrongPassword.get("message").asText())
        .isEqualTo(unknownEmail.get("message").asText());
  }

  @Test
  void aPasswordTooShortToBeAnyonesIsStillJustWrong() {
    api.register("ann@example.com");

    assertError(api.logIn("ann@example.com", "short"), 401, "unauthenticated");
  }

  @Test
  void missingCredentialsAreRequired() {
    var response = api.post("/v1/auth/login", "{}");

    var details = assertError(response, 400, "validation_failed").get("details");
    assertThat(details.get("email").asText()).isEqualTo("is required");
    assertThat(details.get("password").asText()).isEqualTo("is required");
  }

  @Test
  void anUnknownFieldIsRefused() {
    var response =
        api.post(
            "/v1/auth/login",
            "{\"email\": \"ann@example.com\", \"password\": \"x\", \"otp\": \"123\"}");

    var error = assertError(response, 400, "validation_failed");
    assertThat(error.get("details").get("otp").asText()).isEqualTo("is not a known field");
  }

  @Test
  void malformedJsonIsRefused() {
    assertError(api.post("/v1/auth/login", "{\"email\" \"ann\"}"), 400, "malformed_json");
  }
}
