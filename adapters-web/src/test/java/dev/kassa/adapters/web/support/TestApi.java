package dev.kassa.adapters.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.web.HttpApi;
import dev.kassa.adapters.web.WebSettings;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.application.idempotency.Idempotency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The API started on a free local port, with a real HTTP client. */
public final class TestApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpApi api;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestApi(HttpApi api) {
    this.api = api.start();
  }

  /** Starts an API assembled by the test itself. */
  public static TestApi of(HttpApi api) {
    return new TestApi(api);
  }

  public static TestApi start(Controller... controllers) {
    return start(settings(), controllers);
  }

  public static TestApi start(WebSettings settings, Controller... controllers) {
    return start(settings, inMemoryIdempotency(), controllers);
  }

  public static TestApi start(
      WebSettings settings, Idempotency idempotency, Controller... controllers) {
    return new TestApi(
        HttpApi.create(settings, new FakeAuthenticator(), idempotency, List.of(controllers)));
  }

  /** The application's idempotency over in-memory storage of its own. */
  public static Idempotency inMemoryIdempotency() {
    var storage = InMemoryPorts.create();
    return new Idempotency(storage.transactions(), storage.idempotency(), Clock.systemUTC());
  }

  public static WebSettings settings() {
    return WebSettings.defaults().withHost("127.0.0.1").withPort(0);
  }

  public HttpApi api() {
    return api;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + api.port() + path);
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
  }

  public HttpResponse<String> get(String path, String... headers) {
    var builder = request(path).GET();
    return send(headers.length == 0 ? builder : builder.headers(headers));
  }

  public HttpResponse<String> postJson(String path, String body, String... headers) {
    var builder =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(headers.length == 0 ? builder : builder.headers(headers));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException notJson) {
      throw new AssertionError("Not JSON: " + response.body(), notJson);
    }
  }

  @Override
  public void close() {
    api.stop();
  }
}
