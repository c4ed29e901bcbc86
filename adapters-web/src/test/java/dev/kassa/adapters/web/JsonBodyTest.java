package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private static final String AUTH = "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN;
  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<String> post(String body) {
    return api.postJson("/v1/things", body, "Authorization", AUTH);
  }

  @Test
  void validBodyIsBoundToTheRequestRecord() {
    var response = post("{\"name\": \"lamp\", \"amount\": 1050, \"date\": \"2024-01-31\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(TestApi.json(response).get("amount").asLong()).isEqualTo(1050);
  }

  @Test
  void malformedJsonIsMalformedJson() {
    var error = assertError(post("{\"name\": \"lamp\", "), 400, "malformed_json");

    assertThat(error.toString()).doesNotContain("jackson", "Exception");
  }

  @Test
  void trailingGarbageIsMalformedJson() {
    assertError(post("{\"name\": \"lamp\", \"amount\": 1} x"), 400, "malformed_json");
  }

  @Test
  void duplicateKeysAreMalformedJson() {
    assertError(post("{\"name\": \"a\", \"name\": \"b\", \"amount\": 1}"), 400, "malformed_json");
  }

  @Test
  void unknownFieldIsRefusedByName() {
    var error =
        assertError(
            post("{\"name\": \"a\", \"amount\": 1, \"admin\": true}"), 400, "validation_failed");

    assertThat(error.get("details").get("admin").asText()).isEqualTo("is not a known field");
  }

  @Test
  void floatForAnIntegerIsRefused() {
    var error = assertError(post("{\"name\": \"a\", \"amount\": 10.5}"), 400, "validation_failed");

    assertThat(error.get("details").get("amount").asText()).isEqualTo("must be an integer");
  }

  @Test
  void wholeFloatForAnIntegerIsRefusedToo() {
    assertError(post("{\"name\": \"a\", \"amount\": 10.0}"), 400, "validation_failed");
  }

  @Test
  void stringForAnIntegerIsRefused() {
    var error =
        assertError(post("{\"name\": \"a\", \"amount\": \"10\"}"), 400, "validation_failed");

    assertThat(error.get("details").get("amount").asText()).isEqualTo("must be an integer");
  }

  @Test
  void numberForAStringIsRefused() {
    var error = assertError(post("{\"name\": 5, \"amount\": 1}"), 400, "validation_failed");

    assertThat(error.get("details").get("name").asText()).isEqualTo("must be a string");
  }

  @Test
  void numberTooLargeForAnIntegerFieldIsRefused() {
    var error =
        assertError(
            post("{\"name\": \"a\", \"amount\": 123456789012345678901234567890}"),
            400,
            "validation_failed");

    assertThat(error.get("details").has("amount")).isTrue();
  }

  @Test
  void stringForABooleanIsRefused() {
    var error =
        assertError(
            post("{\"name\": \"a\", \"amount\": 1, \"urgent\": \"yes\"}"),
            400,
            "validation_failed");

    assertThat(error.get("details").get("urgent").asText()).isEqualTo("must be true or false");
  }

  @Test
  void badDateIsRefusedByName() {
    var error =
        assertError(
            post("{\"name\": \"a\", \"amount\": 1, \"date\": \"31/01/2024\"}"),
            400,
            "validation_failed");

    assertThat(error.get("details").get("date").asText()).isEqualTo("must be a date (YYYY-MM-DD)");
  }

  @Test
  void everyMissingRequiredFieldIsNamed() {
    var error = assertError(post("{\"quantity\": 2}"), 400, "validation_failed");

    assertThat(error.get("details").get("name").asText()).isEqualTo("is required");
    assertThat(error.get("details").get("amount").asText()).isEqualTo("is required");
  }

  @Test
  void explicitNullForARequiredFieldIsRefused() {
    var error = assertError(post("{\"name\": null, \"amount\": 1}"), 400, "validation_failed");

    assertThat(error.get("details").get("name").asText()).isEqualTo("is required");
  }

  @Test
  void nestedProblemsAreNamedByTheirPath() {
    var error =
        assertError(
            post(
                "{\"name\": \"a\", \"amount\": 1, \"part\": {\"kind\": \"y\"}, \"parts\": [{\"kind\": \"x\"}, {\"kynd\": 1}]}"),
            400,
            "validation_failed");

    assertThat(error.get("details").fieldNames()).toIterable().containsExactly("parts[1].kynd");
  }

  @Test
  void everyBadFieldIsNamedInOneAnswer() {
    var error =
        assertError(
            post(
                "{\"name\": 5, \"amount\": 1.5, \"date\": \"soon\", \"urgent\": \"yes\","
                    + " \"admin\": true, \"part\": {}, \"parts\": [{\"kynd\": 1}]}"),
            400,
            "validation_failed");

    assertThat(error.get("details").properties())
        .extracting(entry -> entry.getKey() + " " + entry.getValue().asText())
        .containsExactlyInAnyOrder(
            "name must be a string",
            "amount must be an integer",
            "date must be a date (YYYY-MM-DD)",
            "urgent must be true or false",
            "admin is not a known field",
            "part.kind is required",
            "parts[0].kynd is not a known field");
  }

  @Test
  void nestedRequiredFieldsAreNamedByTheirPath() {
    var error =
        assertError(
            post("{\"name\": \"a\", \"amount\": 1, \"part\": {}}"), 400, "validation_failed");

    assertThat(error.get("details").get("part.kind").asText()).isEqualTo("is required");
  }

  @Test
  void bodyThatIsNotAnObjectIsRefused() {
    var error = assertError(post("[1, 2]"), 400, "validation_failed");

    assertThat(error.get("details").get("body").asText()).isEqualTo("must be a JSON object");
  }

  @Test
  void missingBodyIsRefused() {
    var response =
        api.send(
            api.request("/v1/things")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.noBody()));

    var error = assertError(response, 400, "validation_failed");
    assertThat(error.get("details").get("body").asText()).isEqualTo("is required");
  }

  @Test
  void bodyOfAnotherMediaTypeIsUnsupported() {
    var response =
        api.send(
            api.request("/v1/things")
                .header("Authorization", AUTH)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"a\", \"amount\": 1}")));

    assertError(response, 415, "unsupported_media_type");
  }

  @Test
  void bodyWithoutContentTypeIsUnsupported() {
    var response =
        api.send(
            api.request("/v1/things")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"a\", \"amount\": 1}")));

    assertError(response, 415, "unsupported_media_type");
  }

  @Test
  void jsonWithCharsetIsAccepted() {
    var response =
        api.send(
            api.request("/v1/things")
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"a\", \"amount\": 1}")));

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void bodyOverOneMebibyteIsTooLarge() {
    // The server answers from Content-Length alone, before the body arrives; a client that waits
    // for "100 Continue" (as well-behaved uploaders do) reads that answer whatever the timing.
    var response =
        api.send(
            api.request("/v1/things")
                .expectContinue(true)
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(oversized())));

    var error = assertError(response, 413, "payload_too_large");
    assertThat(error.get("details").get("maxBytes").asLong()).isEqualTo(1024 * 1024);
  }

  @Test
  void chunkedBodyOverOneMebibyteIsTooLarge() {
    var bytes = oversized().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var response =
        api.send(
            api.request("/v1/things")
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))));

    assertError(response, 413, "payload_too_large");
  }

  private static String oversized() {
    return "{\"name\": \"" + "x".repeat(1024 * 1024) + "\", \"amount\": 1}";
  }
}
