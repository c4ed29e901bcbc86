package dev.kassa.adapters.web.operations;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocsControllerTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();
  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new DocsController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void thePageLoadsSwaggerUiFromThisOriginUnderAPolicyWithoutInlineScript() {
    var response = api.get("/docs");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("<script src=\"/docs/swagger-ui-bundle.js\"></script>")
        .contains("<script src=\"/docs/docs.js\"></script>")
        .doesNotContain("<script>")
        .doesNotContain("https://");
    var policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval");
    assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
    CONTRACT.assertConforms(response);
  }

  @Test
  void theRendererIsTheVendoredSwaggerUiPointedAtTheServedDocument() {
    var bundle = api.get("/docs/swagger-ui-bundle.js");
    var start = api.get("/docs/docs.js");
    var style = api.get("/docs/swagger-ui.css");

    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(bundle.body()).contains("SwaggerUIBundle").hasSizeGreaterThan(100_000);
    assertThat(start.body()).contains("url: '/v1/openapi.json'");
    assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(bundle.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
    CONTRACT.assertConforms(start);
  }

  @Test
  void anyOtherFileIsNotFoundInTheErrorEnvelope() {
    var response = api.get("/docs/..%2Fopenapi.yaml");

    assertError(response, 404, "not_found");
    assertError(api.get("/docs/index.html"), 404, "not_found");
  }
}
