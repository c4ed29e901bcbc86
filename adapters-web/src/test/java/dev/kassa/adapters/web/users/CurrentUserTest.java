package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.application.auth.AuthResult;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

  private final CheckedApi api = CheckedApi.start();
  private AuthResult ann;

  @BeforeEach
  void register() {
    ann = api.customer();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> patch(String json) {
    return api.patch("/v1/auth/me", json, CheckedApi.bearer(ann));
  }

  @Test
  void meIsTheCaller() {
    var response = api.get("/v1/auth/me", CheckedApi.bearer(ann));

    assertThat(response.statusCode()).isEqualTo(200);
    var user = TestApi.json(response);
    assertThat(user.get("id").asText()).isEqualTo(ann.user().id().toString());
    assertThat(user.get("email").asText()).isEqualTo(ann.user().email().value());
    assertThat(user.get("role").asText()).isEqualTo("customer");
    assertThat(user.has("passwordHash")).isFalse();
  }

  @Test
  void meNeedsAValidToken() {
    assertError(api.get("/v1/auth/me"), 401, "unauthenticated");
    assertError(
        api.get("/v1/auth/me", CheckedApi.bearer(ann.accessToken().token() + "x")),
        401,
        "unauthenticated");
    assertError(api.patch("/v1/auth/me", "{\"firstName\": \"Eve\"}"), 401, "unauthenticated");
  }

  @Test
  void patchChangesOnlyTheFieldsGiven() {
    var response = patch("{\"phone\": \"+1 555 0100\", \"address\": \"Elm Street 2\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    var user = TestApi.json(response);
    assertThat(user.get("phone").asText()).isEqualTo("+1 555 0100");
    assertThat(user.get("address").asText()).isEqualTo("Elm Street 2");
    assertThat(user.get("firstName").asText()).isEqualTo("Test");
    assertThat(user.get("lastName").asText()).isEqualTo("User");
    assertThat(TestApi.json(api.get("/v1/auth/me", CheckedApi.bearer(ann)))).isEqualTo(user);
  }

  @Test
  void aBlankPhoneClearsIt() {
    patch("{\"phone\": \"+1 555 0100\"}");

    var user = TestApi.json(patch("{\"phone\": \"  \", \"lastName\": \"Lee\"}"));

    assertThat(user.get("phone").isNull()).isTrue();
    assertThat(user.get("lastName").asText()).isEqualTo("Lee");
  }

  @Test
  void aNameMayNotBeBlank() {
    var error = assertError(patch("{\"firstName\": \" \"}"), 400, "validation_failed");

    assertThat(error.get("details").get("firstName").asText()).isEqualTo("must not be blank");
    assertThat(
            TestApi.json(api.get("/v1/auth/me", CheckedApi.bearer(ann))).get("firstName").asText())
        .isEqualTo("Test");
  }

  @Test
  void anInvalidPhoneIsNamed() {
    var error = assertError(patch("{\"phone\": \"call me\"}"), 400, "validation_failed");

    assertThat(error.get("details").get("phone").asText()).isEqualTo("is not a phone number");
  }

  @Test
  void theEmailAndRoleCannotBeChangedHere() {
    var email = assertError(patch("{\"email\": \"eve@example.com\"}"), 400, "validation_failed");
    var role = assertError(patch("{\"role\": \"admin\"}"), 400, "validation_failed");

    assertThat(email.get("details").get("email").asText()).isEqualTo("is not a known field");
    assertThat(role.get("details").get("role").asText()).isEqualTo("is not a known field");
  }

  @Test
  void anEmptyChangeIsRefused() {
    var error = assertError(patch("{}"), 400, "validation_failed");

    assertThat(error.get("details").get("profile").asText())
        .isEqualTo("needs at least one of firstName, lastName, phone, address, notifications");
  }

  @Test
  void malformedJsonIsRefused() {
    assertError(patch("{\"phone\": }"), 400, "malformed_json");
  }
}
