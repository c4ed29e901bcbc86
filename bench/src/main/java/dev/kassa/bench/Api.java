package dev.kassa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/** Kassa over HTTP/1.1 on 127.0.0.1: one keep-alive client shared by every worker. */
final class Api implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUrl;
  private final Duration timeout;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client;

  Api(URI baseUrl, Duration timeout) {
    this.baseUrl = baseUrl;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /** A status and a body; {@link #json()} parses the body. */
  record Reply(int status, String body) {

    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z_]+)\"");

    /** {@code 201}, or the status and the envelope's error code: {@code 409 insufficient_funds}. */
    String answer() {
      if (status < 300) {
        return Integer.toString(status);
      }
      var code = ERROR_CODE.matcher(body);
      return code.find() ? status + " " + code.group(1) : Integer.toString(status);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + abbreviated(), e);
      }
    }

    Reply expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(
            what + " answered " + status + " (expected " + expected + "): " + abbreviated());
      }
      return this;
    }

    private String abbreviated() {
      return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
  }

  Reply get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET());
  }

  Reply post(String path, String token, Map<String, ?> body, String idempotencyKey)
      throws IOException, InterruptedException {
    return post(path, token, JSON.writeValueAsString(body), idempotencyKey);
  }

  /** A {@code POST} of a JSON body the caller wrote, for the hot path. */
  Reply post(String path, String token, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    var builder =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      builder.header("Idempotency-Key", idempotencyKey);
    }
    return send(builder);
  }

  private HttpRequest.Builder request(String path, String token) {
    var builder = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  @Override
  public void close() {
    client.close();
    executor.close();
  }
}
