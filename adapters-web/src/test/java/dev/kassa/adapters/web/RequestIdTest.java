package dev.kassa.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.kassa.adapters.web.support.CapturedLogs;
import dev.kassa.adapters.web.support.FakeAuthenticator;
import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestIdTest {

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
  void saneRequestIdIsEchoed() {
    var response = api.get("/v1/things", "X-Request-Id", "abc-123_X.y");

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc-123_X.y");
  }

  @Test
  void missingRequestIdIsGenerated() {
    var response = api.get("/v1/things");

    var id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(UUID.fromString(id)).isNotNull();
  }

  @Test
  void insaneRequestIdIsReplaced() {
    var response = api.get("/v1/things", "X-Request-Id", "evil id\" with spaces");

    var id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(id).isNotEqualTo("evil id\" with spaces");
    assertThat(UUID.fromString(id)).isNotNull();
  }

  @Test
  void tooLongRequestIdIsReplaced() {
    var response = api.get("/v1/things", "X-Request-Id", "a".repeat(129));

    assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(36);
  }

  @Test
  void errorResponsesCarryTheRequestIdInHeaderAndBody() {
    var response = api.get("/v1/nowhere", "X-Request-Id", "trace-me");

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("trace-me");
    assertThat(TestApi.json(response).get("error").get("requestId").asText()).isEqualTo("trace-me");
  }

  @Test
  void accessLogNamesTheRouteTemplateStatusRequestIdAndUser() {
    try (var logs = new CapturedLogs("kassa.access")) {
      var id = UUID.randomUUID();
      api.get(
          "/v1/things/" + id,
          "X-Request-Id",
          "access-log-1",
          "Authorization",
          "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);

      var event = logs.await(e -> "access-log-1".equals(e.getMDCPropertyMap().get("requestId")));

      var fields = fields(event);
      assertThat(fields)
          .containsEntry("method", "GET")
          .containsEntry("route", "/v1/things/{id}")
          .containsEntry("status", "200")
          .containsKey("durationMs");
      assertThat(event.getMDCPropertyMap())
          .containsEntry("userId", FakeAuthenticator.CUSTOMER.toString());
      assertThat(event.getFormattedMessage()).doesNotContain(id.toString());
    }
  }

  @Test
  void accessLogNeverHoldsTokensOrBodies() {
    try (var logs = new CapturedLogs("kassa.access")) {
      api.postJson(
          "/v1/auth/login",
          "{\"email\": \"ann@example.com\", \"password\": \"hunter2hunter2\"}",
          "X-Request-Id",
          "access-log-2",
          "Authorization",
          "Bearer " + FakeAuthenticator.ADMIN_TOKEN);

      var event = logs.await(e -> "access-log-2".equals(e.getMDCPropertyMap().get("requestId")));

      assertThat(event.toString() + fields(event) + event.getMDCPropertyMap())
          .doesNotContain("hunter2", "ann@example.com", FakeAuthenticator.ADMIN_TOKEN);
    }
  }

  @Test
  void logContextIsClearedBetweenRequests() {
    try (var logs = new CapturedLogs("kassa.access")) {
      api.get(
          "/v1/me",
          "X-Request-Id",
          "with-user",
          "Authorization",
          "Bearer " + FakeAuthenticator.CUSTOMER_TOKEN);
      logs.await(e -> "with-user".equals(e.getMDCPropertyMap().get("requestId")));
      api.get("/v1/things", "X-Request-Id", "without-user");

      var event = logs.await(e -> "without-user".equals(e.getMDCPropertyMap().get("requestId")));

      assertThat(event.getMDCPropertyMap()).doesNotContainKey("userId");
    }
  }

  private static Map<String, String> fields(ILoggingEvent event) {
    return event.getKeyValuePairs().stream()
        .collect(Collectors.toMap(pair -> pair.key, pair -> String.valueOf(pair.value)));
  }
}
