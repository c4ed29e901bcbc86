package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.kassa.adapters.web.error.Problems;
import dev.kassa.adapters.web.support.CapturedLogs;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorEnvelopeTest {

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
  void unknownRouteIsNotFoundInTheEnvelope() {
    var error = assertError(api.get("/v1/nothing-here"), 404, "not_found");

    assertThat(error.has("details")).isFalse();
  }

  @Test
  void unknownRouteOutsideTheApiIsAlsoAnEnvelope() {
    assertError(api.get("/no-such-page"), 404, "not_found");
  }

  @Test
  void wrongMethodOnAnExistingPathIsMethodNotAllowed() {
    var response =
        api.send(api.request("/v1/things").PUT(HttpRequest.BodyPublishers.ofString("{}")));

    assertError(response, 405, "method_not_allowed");
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
  }

  @Test
  void wrongMethodOnAPathWithParametersIsMethodNotAllowed() {
    var response = api.send(api.request("/v1/things/abc").PUT(HttpRequest.BodyPublishers.noBody()));

    assertError(response, 405, "method_not_allowed");
  }

  @Test
  void unexpectedExceptionIsInternalErrorWithoutLeakingItsText() {
    var response = api.get("/v1/boom");

    var error = assertError(response, 500, "internal_error");
    assertThat(response.body())
        .doesNotContain("SELECT", "secret", "IllegalState", "dev.kassa", "Exception");
    assertThat(error.has("details")).isFalse();
  }

  @Test
  void fatalErrorIsInternalErrorToo() {
    var response = api.get("/v1/fatal", "X-Request-Id", "fatal-1");

    var error = assertError(response, 500, "internal_error");
    assertThat(error.get("requestId").asText()).isEqualTo("fatal-1");
    assertThat(response.body()).doesNotContain("dev.kassa", "StackOverflow");
  }

  @Test
  void aPaymentProviderFailureIsUnavailableLoggedAtWarnWithTheRequestId() {
    try (var logs = new CapturedLogs(Problems.class.getName())) {
      var response = api.get("/v1/provider-down", "X-Request-Id", "provider-1");

      var error = assertError(response, 503, "unavailable");
      assertThat(error.get("message").asText())
          .isEqualTo("The payment provider is unavailable; try again later.");
      assertThat(response.body()).doesNotContain("req_abc", "502", "stripe");
      var logged = logs.await(event -> event.getLevel() == Level.WARN);
      assertThat(logged.getFormattedMessage()).contains("provider-1", "req_abc");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "validation_failed, 400",
    "unauthenticated, 401",
    "token_expired, 401",
    "forbidden, 403",
    "not_found, 404",
    "email_taken, 409",
    "insufficient_funds, 409",
    "out_of_stock, 409",
    "account_not_active, 409",
    "account_not_empty, 409",
    "card_not_active, 409",
    "invalid_state_transition, 409",
    "idempotency_key_in_use, 409",
    "currency_mismatch, 422",
    "idempotency_key_reused, 422"
  })
  void domainErrorsAreMappedByTheirCode(String code, int status) {
    assertError(api.get("/v1/fail/" + code), status, code);
  }

  @Test
  void domainErrorDetailsArePassedOn() {
    var error = assertError(api.get("/v1/fail/validation_failed"), 400, "validation_failed");

    assertThat(error.get("details").get("amount").asText()).isEqualTo("must be positive");
  }

  @Test
  void unauthenticatedAnswersCarryABearerChallenge() {
    var response = api.get("/v1/fail/unauthenticated");

    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void malformedPathIdIsNotFound() {
    var response = api.get("/v1/things/not-a-uuid", "Authorization", "Bearer customer.token.1");

    var error = assertError(response, 404, "not_found");
    assertThat(error.get("details").get("resource").asText()).isEqualTo("Thing");
  }

  @Test
  void invalidQueryParameterIsValidationFailedNamingIt() {
    var error = assertError(api.get("/v1/search?from=yesterday"), 400, "validation_failed");

    assertThat(error.get("details").has("from")).isTrue();
  }

  @Test
  void validQueryParameterIsParsed() {
    var response = api.get("/v1/search?from=2024-02-29");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(response).get("from").asText()).isEqualTo("2024-02-29");
  }
}
