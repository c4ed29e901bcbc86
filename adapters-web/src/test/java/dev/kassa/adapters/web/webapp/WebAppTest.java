package dev.kassa.adapters.web.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.TestApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAppTest {

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/reset-password?token=abc", "/js/main.js", "/css/app.css"})
  void everyFileCarriesTheSecurityAndCachingHeaders(String path) {
    var response = api.get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Security-Policy"))
        .contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
    assertThat(header(response, "ETag")).isNotBlank();
  }

  @Test
  void theAppIsServedAtTheRootAndItsModulesAsJavaScript() {
    assertThat(api.get("/").body()).contains("<script type=\"module\" src=\"/js/main.js\">");
    assertThat(header(api.get("/js/main.js"), "Content-Type")).startsWith("text/javascript");
    assertThat(header(api.get("/css/app.css"), "Content-Type")).startsWith("text/css");
  }

  @Test
  void theResetLinkOfTheMailOpensThePasswordResetPage() {
    assertThat(api.get("/reset-password?token=abc").body()).contains("/js/reset-page.js");
  }

  @Test
  void anUnchangedFileIsNotSentAgain() {
    var etag = header(api.get("/js/main.js"), "ETag");

    assertThat(api.get("/js/main.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void pathsThatAreNoFileStayWithTheApiAndItsHeaders() {
    var missing = api.get("/no-such-page.html");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"not_found\"");
    assertThat(missing.headers().firstValue("Content-Security-Policy")).isEmpty();
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
