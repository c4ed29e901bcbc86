package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.kassa.adapters.web.support.Envelopes;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One HTTP response of the server, already checked against the OpenAPI document. */
public record Reply(HttpResponse<String> response) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public int status() {
    return response.statusCode();
  }

  public String body() {
    return response.body();
  }

  public Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  /** The body as JSON; a missing node when there is no body. */
  public JsonNode json() {
    if (body().isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body());
    } catch (JsonProcessingException notJson) {
      throw new AssertionError(describe() + " is not JSON", notJson);
    }
  }

  /** Asserts the status and returns the body as JSON. */
  public JsonNode expect(int status) {
    assertThat(status()).as(describe()).isEqualTo(status);
    return json();
  }

  /** Asserts the error envelope with this status and code; returns its {@code error} object. */
  public JsonNode expectError(int status, String code) {
    assertThat(status()).as(describe()).isEqualTo(status);
    return Envelopes.assertError(response, status, code);
  }

  /** The request and what came back, for assertion messages. */
  public String describe() {
    var request = response.request();
    return request.method() + " " + request.uri().getPath() + " -> " + status() + " " + body();
  }
}
