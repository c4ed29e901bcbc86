package dev.kassa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The HTTP side of the demo: one call to the Kassa API, and its reply. */
final class KassaClient {

  /** A reply: its status, its raw body, the body as JSON when it is JSON, and its request id. */
  record Reply(int status, String body, JsonNode json, String requestId) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json;
  private final URI baseUrl;

  KassaClient(URI baseUrl, ObjectMapper json) {
    this.baseUrl = baseUrl;
    this.json = json;
  }

  URI baseUrl() {
    return baseUrl;
  }

  Reply send(
      String method, String path, String bearer, JsonNode body, String accept, boolean idempotent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept);
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (idempotent) {
      request.header("Idempotency-Key", UUID.randomUUID().toString());
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ScriptException(
          "cannot reach Kassa at " + baseUrl + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScriptException("interrupted while calling " + path, e);
    }
    String requestId = response.headers().firstValue("X-Request-Id").orElse("");
    return new Reply(response.statusCode(), response.body(), parse(response), requestId);
  }

  private JsonNode parse(HttpResponse<String> response) {
    boolean isJson =
        response.headers().firstValue("Content-Type").orElse("").contains("json")
            && !response.body().isBlank();
    if (!isJson) {
      return null;
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      return null;
    }
  }
}
