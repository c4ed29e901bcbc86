package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.auth.AuthResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User administration over HTTP: search, role and status changes, the last-admin rule. */
class AdminUsersRoutesTest {

  private final CheckedApi api = CheckedApi.start();
  private AuthResult admin;
  private AuthResult ann;

  @BeforeEach
  void users() {
    admin = api.admin();
    ann = api.customer();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private JsonNode patch(AuthResult target, String body, int status) {
    var response =
        api.patch("/v1/admin/users/" + target.user().id(), body, CheckedApi.bearer(admin));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return TestApi.json(response);
  }

  private static List<String> emails(JsonNode page) {
    var emails = new ArrayList<String>();
    page.get("data").forEach(user -> emails.add(user.get("email").asText()));
    return emails;
  }

  @Test
  void disablingAUserRefusesItsTokenOnTheVeryNextRequest() {
    assertThat(api.get("/v1/auth/me", CheckedApi.bearer(ann)).statusCode()).isEqualTo(200);

    var user = patch(ann, "{\"status\": \"disabled\"}", 200);

    assertThat(user.get("status").asText()).isEqualTo("disabled");
    assertError(api.get("/v1/auth/me", CheckedApi.bearer(ann)), 401, "unauthenticated");
    assertError(
        api.logIn(ann.user().email().value(), dev.kassa.adapters.web.support.LiveKassa.PASSWORD),
        401,
        "unauthenticated");
  }

  @Test
  void anAdminPromotesAndSearchesUsers() {
    var promoted = patch(ann, "{\"role\": \"admin\"}", 200);

    assertThat(promoted.get("role").asText()).isEqualTo("admin");
    var admins =
        TestApi.json(api.get("/v1/admin/users?role=admin&status=active", CheckedApi.bearer(admin)));
    assertThat(emails(admins))
        .containsExactlyInAnyOrder(admin.user().email().value(), ann.user().email().value());
    var found =
        TestApi.json(
            api.get(
                "/v1/admin/users?q="
                    + ann.user().email().value().substring(0, 12).toUpperCase(Locale.ROOT),
                CheckedApi.bearer(admin)));
    assertThat(emails(found)).containsExactly(ann.user().email().value());
  }

  @Test
  void theLastActiveAdminCannotBeDemotedOrDisabled() {
    assertError(
        api.patch(
            "/v1/admin/users/" + admin.user().id(),
            "{\"role\": \"customer\"}",
            CheckedApi.bearer(admin)),
        409,
        "invalid_state_transition");
    assertError(
        api.patch(
            "/v1/admin/users/" + admin.user().id(),
            "{\"status\": \"disabled\"}",
            CheckedApi.bearer(admin)),
        409,
        "invalid_state_transition");
  }

  @Test
  void badValuesAreReportedTogetherAndCustomersAreForbidden() {
    var error =
        assertError(
            api.patch(
                "/v1/admin/users/" + ann.user().id(),
                "{\"role\": \"root\", \"status\": \"gone\"}",
                CheckedApi.bearer(admin)),
            400,
            "validation_failed");
    assertThat(error.get("details").get("role").asText()).isEqualTo("must be customer or admin");
    assertThat(error.get("details").get("status").asText()).isEqualTo("must be active or disabled");
    assertError(
        api.get("/v1/admin/users?status=gone", CheckedApi.bearer(admin)), 400, "validation_failed");
    assertError(api.get("/v1/admin/users", CheckedApi.bearer(ann)), 403, "forbidden");
    assertError(
        api.patch(
            "/v1/admin/users/" + admin.user().id(),
            "{\"role\": \"customer\"}",
            CheckedApi.bearer(ann)),
        403,
        "forbidden");
    assertError(
        api.patch("/v1/admin/users/not-an-id", "{\"role\": \"admin\"}", CheckedApi.bearer(admin)),
        404,
        "not_found");
  }

  @Test
  void notificationSettingsAreChangedThroughTheProfile() {
    var response =
        api.patch("/v1/auth/me", "{\"notifications\": {\"sms\": true}}", CheckedApi.bearer(ann));

    var user = TestApi.json(response);
    assertThat(user.get("notifications").get("email").asBoolean()).isTrue();
    assertThat(user.get("notifications").get("sms").asBoolean()).isTrue();
    var bad =
        assertError(
            api.patch(
                "/v1/auth/me",
                "{\"firstName\": \" \", \"notifications\": {\"email\": \"yes\", \"push\": true}}",
                CheckedApi.bearer(ann)),
            400,
            "validation_failed");
    assertThat(bad.get("details").has("firstName")).isTrue();
    assertThat(bad.get("details").has("notifications.email")).isTrue();
    assertThat(bad.get("details").has("notifications.push")).isTrue();
  }
}
