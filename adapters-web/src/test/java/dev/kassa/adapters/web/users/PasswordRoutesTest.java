package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Changing and resetting a password over HTTP. */
class PasswordRoutesTest {

  private static final String PASSWORD = LiveKassa.PASSWORD;
  private static final String NEW_PASSWORD = "a brand new secret";

  private final CheckedApi api = CheckedApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private String confirm(String token) {
    return "{\"token\": \"%s\", \"newPassword\": \"%s\"}".formatted(token, NEW_PASSWORD);
  }

  private String resetRequest(String email) {
    return "{\"email\": \"%s\"}".formatted(email);
  }

  @Test
  void changingThePasswordKeepsTheCallersSessionAndEndsTheOthers() {
    var caller = api.register("ann@example.com");
    var other = TestApi.json(api.logIn("ann@example.com", PASSWORD));
    var body =
        "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(PASSWORD, NEW_PASSWORD);

    var response =
        api.post("/v1/auth/password", body, CheckedApi.bearer(caller.get("accessToken").asText()));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(
            api.get("/v1/auth/me", CheckedApi.bearer(caller.get("accessToken").asText()))
                .statusCode())
        .isEqualTo(200);
    assertError(
        api.get("/v1/auth/me", CheckedApi.bearer(other.get("accessToken").asText())),
        401,
        "unauthenticated");
    assertThat(api.logIn("ann@example.com", NEW_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongCurrentPasswordNamesTheFieldAndBadFieldsAreReportedTogether() {
    var caller = api.register("ann@example.com");
    var bearer = CheckedApi.bearer(caller.get("accessToken").asText());

    var wrong =
        assertError(
            api.post(
                "/v1/auth/password",
                "{\"currentPassword\": \"not mine at all\", \"newPassword\": \"%s\"}"
                    .formatted(NEW_PASSWORD),
                bearer),
            400,
            "validation_failed");
    var both =
        assertError(
            api.post("/v1/auth/password", "{\"newPassword\": \"short\"}", bearer),
            400,
            "validation_failed");

    assertThat(wrong.get("details").get("currentPassword").asText())
        .isEqualTo("is not the current password");
    assertThat(both.get("details").has("currentPassword")).isTrue();
    assertThat(both.get("details").has("newPassword")).isTrue();
  }

  @Test
  void aKnownAndAnUnknownEmailGetTheSameAnswer() {
    api.register("ann@example.com");

    var known = api.post("/v1/auth/password-reset", resetRequest("ann@example.com"));
    var unknown = api.post("/v1/auth/password-reset", resetRequest("nobody@example.com"));

    assertThat(known.statusCode()).isEqualTo(202);
    assertThat(unknown.statusCode()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body()).isEmpty();
    assertThat(api.live().mailer().next().to().value()).isEqualTo("ann@example.com");
    assertThat(api.live().mailer().pending()).isEmpty();
  }

  @Test
  void theMailedTokenWorksOnceAndEndsEverySession() {
    var session = api.register("ann@example.com");
    api.post("/v1/auth/password-reset", resetRequest("ann@example.com"));
    var token = api.live().mailer().next().token();

    assertThat(api.post("/v1/auth/password-reset/confirm", confirm(token)).statusCode())
        .isEqualTo(204);

    assertError(
        api.get("/v1/auth/me", CheckedApi.bearer(session.get("accessToken").asText())),
        401,
        "unauthenticated");
    assertThat(api.logIn("ann@example.com", NEW_PASSWORD).statusCode()).isEqualTo(200);
    var again =
        assertError(
            api.post("/v1/auth/password-reset/confirm", confirm(token)), 400, "validation_failed");
    assertThat(again.get("details").get("token").asText())
        .isEqualTo("is invalid, expired or already used");
  }

  @Test
  void aTokenExpiresAfterThirtyMinutes() {
    api.register("ann@example.com");
    api.post("/v1/auth/password-reset", resetRequest("ann@example.com"));
    var token = api.live().mailer().next().token();

    api.live().clock().advance(Duration.ofMinutes(30));

    assertError(
        api.post("/v1/auth/password-reset/confirm", confirm(token)), 400, "validation_failed");
    assertThat(api.logIn("ann@example.com", PASSWORD).statusCode()).isEqualTo(200);
  }
}
