package dev.kassa.adapters.web.operations;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();

  private static TestApi start(Map<String, HealthCheck> checks) {
    return TestApi.start(
        new OperationsController(checks, OpenApiDocument.fromClasspath(), Duration.ofMillis(300)));
  }

  @Test
  void healthIsOkWhenEveryCheckPasses() {
    try (var api = start(Map.of("database", () -> true, "cache", () -> true))) {
      var response = api.get("/v1/health");

      assertThat(response.statusCode()).isEqualTo(200);
      var body = TestApi.json(response);
      assertThat(body.get("status").asText()).isEqualTo("ok");
      assertThat(body.get("checks").get("database").asText()).isEqualTo("ok");
      assertThat(body.get("checks").get("cache").asText()).isEqualTo("ok");
      CONTRACT.assertConforms(response);
    }
  }

  @Test
  void healthIsUnavailableNamingTheFailingCheck() {
    var checks = new LinkedHashMap<String, HealthCheck>();
    checks.put("database", () -> false);
    checks.put("cache", () -> true);
    try (var api = start(checks)) {
      var response = api.get("/v1/health");

      var error = assertError(response, 503, "unavailable");
      assertThat(error.get("details").get("checks").get("database").asText()).isEqualTo("failing");
      assertThat(error.get("details").get("checks").get("cache").asText()).isEqualTo("ok");
      CONTRACT.assertConforms(response);
    }
  }

  @Test
  void checkThatThrowsFailsWithoutLeakingItsMessage() {
    HealthCheck broken =
        () -> {
          throw new IllegalStateException("jdbc:postgresql://db:5432 password=hunter2");
        };
    try (var api = start(Map.of("database", broken))) {
      var response = api.get("/v1/health");

      assertError(response, 503, "unavailable");
      assertThat(response.body()).doesNotContain("hunter2", "jdbc", "IllegalState");
    }
  }

  @Test
  void checkThatHangsFailsAfterTheTimeout() {
    HealthCheck hanging =
        () -> {
          Thread.sleep(5_000);
          return true;
        };
    try (var api = start(Map.of("database", hanging))) {
      var started = System.nanoTime();
      var response = api.get("/v1/health");

      assertError(response, 503, "unavailable");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void livenessAnswersWhateverTheChecks() {
    try (var api = start(Map.of("database", () -> false))) {
      var response = api.get("/v1/health/live");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(TestApi.json(response).get("status").asText()).isEqualTo("ok");
      CONTRACT.assertConforms(response);
    }
  }

  @Test
  void openApiDocumentIsServedAsJson() throws Exception {
    try (var api = start(Map.of())) {
      var response = api.get("/v1/openapi.json");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/json");
      var document = new ObjectMapper().readTree(response.body());
      assertThat(document.get("openapi").asText()).startsWith("3.1");
      assertThat(document.get("paths").has("/v1/health")).isTrue();
      CONTRACT.assertConforms(response);
    }
  }
}
