package dev.kassa.adapters.web.users;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private final CheckedApi api = CheckedApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> register(String json) {
    return api.post("/v1/auth/register", json);
  }

  private static String form(String password) {
    return """
        {"email": "%s@example.com", "password": "%s", "firstName": "Ann", "lastName": "Lee"}"""
        .formatted(UUID.randomUUID(), password);
  }

  @Test
  void registrationAnswersTheUserAndAWorkingTokenPair() {
    var response =
        register(
            """
            {"email": " Ann.Lee@Example.com ", "password": "correct horse battery",
             "firstName": "Ann", "lastName": "Lee", "dateOfBirth": "1990-04-01",
             "phone": "+49 30 1234567", "address": "Main Street 1"}""");

    assertThat(response.statusCode()).isEqualTo(201);
    var body = TestApi.json(response);
    var user = body.get("user");
    assertThat(UUID.fromString(user.get("id").asText())).isNotNull();
    assertThat(user.get("email").asText()).isEqualTo("ann.lee@example.com");
    assertThat(user.get("role").asText()).isEqualTo("customer");
    assertThat(user.get("firstName").asText()).isEqualTo("Ann");
    assertThat(user.get("lastName").asText()).isEqualTo("Lee");
    assertThat(user.get("dateOfBirth").asText()).isEqualTo("1990-04-01");
    assertThat(user.get("phone").asText()).isEqualTo("+49 30 1234567");
    assertThat(user.get("address").asText()).isEqualTo("Main Street 1");
    assertThat(user.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
    assertThat(user.get("status").asText()).isEqualTo("active");
    assertThat(user.get("notifications").get("email").asBoolean()).isTrue();
    assertThat(user.get("notifications").get("sms").asBoolean()).isFalse();
    assertThat(user.size()).isEqualTo(11);
    assertThat(response.body()).doesNotContainIgnoringCase("hash");
    assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(body.get("expiresIn").asLong()).isEqualTo(900);

    var me = api.get("/v1/auth/me", CheckedApi.bearer(body.get("accessToken").asText()));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(me)).isEqualTo(user);
    assertThat(api.refresh(body.get("refreshToken").asText()).statusCode()).isEqualTo(200);
  }

  @Test
  void optionalFieldsLeftOutAreNull() {
    var user = api.register("bo@example.com").get("user");

    assertThat(user.get("dateOfBirth").isNull()).isTrue();
    assertThat(user.get("phone").isNull()).isTrue();
    assertThat(user.get("address").isNull()).isTrue();
  }

  @Test
  void anEmailIsTakenWhateverItsCase() {
    api.register("ann@example.com");

    var again =
        register(
            """
            {"email": "ANN@Example.COM", "password": "another password",
             "firstName": "Other", "lastName": "Person"}""");

    assertError(again, 409, "email_taken");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    var response =
        register(
            """
            {"email": "not-an-email", "password": "short", "firstName": "  ", "lastName": "Lee",
             "dateOfBirth": "1850-01-01", "phone": "call me maybe"}""");

    var details = assertError(response, 400, "validation_failed").get("details");
    assertThat(details.get("email").asText()).isEqualTo("is not a valid email address");
    assertThat(details.get("password").asText()).isEqualTo("must be 8 to 128 characters");
    assertThat(details.get("firstName").asText()).isEqualTo("is required");
    assertThat(details.get("dateOfBirth").asText()).isEqualTo("is not a plausible date of birth");
    assertThat(details.get("phone").asText()).isEqualTo("is not a phone number");
    assertThat(details.has("lastName")).isFalse();
  }

  @Test
  void missingFieldsAreRequired() {
    var details = assertError(register("{}"), 400, "validation_failed").get("details");

    assertThat(details.get("email").asText()).isEqualTo("is required");
    assertThat(details.get("password").asText()).isEqualTo("is required");
    assertThat(details.get("firstName").asText()).isEqualTo("is required");
    assertThat(details.get("lastName").asText()).isEqualTo("is required");
  }

  @Test
  void aPasswordHasEightToOneHundredTwentyEightCharacters() {
    var tooShort = assertError(register(form("x".repeat(7))), 400, "validation_failed");
    var tooLong = assertError(register(form("x".repeat(129))), 400, "validation_failed");

    assertThat(tooShort.get("details").get("password").asText())
        .isEqualTo("must be 8 to 128 characters");
    assertThat(tooLong.get("details").get("password").asText())
        .isEqualTo("must be 8 to 128 characters");
    assertThat(register(form("x".repeat(8))).statusCode()).isEqualTo(201);
    assertThat(register(form("x".repeat(128))).statusCode()).isEqualTo(201);
  }

  @Test
  void anUnknownFieldIsRefusedSoNoOneCanChooseTheirRole() {
    var response = register(form("correct horse battery").replace("}", ", \"role\": \"admin\"}"));

    var error = assertError(response, 400, "validation_failed");
    assertThat(error.get("details").get("role").asText()).isEqualTo("is not a known field");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamed() {
    var response =
        register(
            """
            {"email": 42, "password": "correct horse battery", "firstName": "Ann",
             "lastName": "Lee"}""");

    var details = assertError(response, 400, "validation_failed").get("details");
    assertThat(details.get("email").asText()).isEqualTo("must be a string");
  }

  @Test
  void aDateOfBirthIsADate() {
    var response =
        register(form("correct horse battery").replace("}", ", \"dateOfBirth\": \"01/04/1990\"}"));

    var error = assertError(response, 400, "validation_failed");
    assertThat(error.get("details").get("dateOfBirth").asText())
        .isEqualTo("must be a date (YYYY-MM-DD)");
  }

  @Test
  void malformedJsonIsRefused() {
    assertError(register("{\"email\": \"ann@example.com\","), 400, "malformed_json");
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    var request =
        api.live()
            .api()
            .request("/v1/auth/register")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("email=ann%40example.com"));

    assertError(api.send(request), 415, "unsupported_media_type");
  }

  @Test
  void aMissingBodyIsRefused() {
    var error = assertError(api.postEmpty("/v1/auth/register"), 400, "validation_failed");

    assertThat(error.get("details").get("body").asText()).isEqualTo("is required");
  }
}
