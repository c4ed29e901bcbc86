package dev.kassa.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorsTest {

  private static final String ALLOWED = "https://shop.example.com";
  private static TestApi api;

  @BeforeAll
  static void start() {
    api =
        TestApi.start(
            TestApi.settings().withCorsOrigins(List.of(ALLOWED, "http://localhost:5173")),
            new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void allowedOriginMayReadResponsesAndTheirCorrelationHeaders() {
    var response = api.get("/v1/things", "Origin", ALLOWED);

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValueSatisfying(exposed -> assertThat(exposed).contains("X-Request-Id", "Retry-After"));
  }

  @Test
  void preflightOfAnAllowedOriginIsAnswered() {
    var response =
        api.send(
            api.request("/v1/things")
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header(
                    "Access-Control-Request-Headers",
                    "authorization, content-type, idempotency-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isBetween(200, 204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
  }

  @Test
  void otherOriginsGetNoCorsHeaders() {
    var response = api.get("/v1/things", "Origin", "https://evil.example.net");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
