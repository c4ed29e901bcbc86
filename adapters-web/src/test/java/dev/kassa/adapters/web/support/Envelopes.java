package dev.kassa.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Assertions on the error envelope. */
public final class Envelopes {

  private Envelopes() {}

  /** Asserts status, envelope shape and code, and that the request id matches the header. */
  public static JsonNode assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/json");
    var body = TestApi.json(response);
    assertThat(body.size()).isEqualTo(1);
    var error = body.get("error");
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    var requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(error.get("requestId").asText()).isEqualTo(requestId);
    return error;
  }
}
