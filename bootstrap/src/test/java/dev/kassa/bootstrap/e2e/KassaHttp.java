package dev.kassa.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.testing.OpenApiContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A real HTTP client for the running server. Every response it receives is checked against {@code
 * openapi.yaml} before the test sees it, so an undocumented status, header or body fails the test
 * that provoked it.
 */
public final class KassaHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final OpenApiContract contract;

  public KassaHttp(int port, OpenApiContract contract) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.contract = contract;
  }

  public OpenApiContract contract() {
    return contract;
  }

  public Request get(String path) {
    return request("GET", path);
  }

  public Request post(String path) {
    return request("POST", path);
  }

  public Request patch(String path) {
    return request("PATCH", path);
  }

  public Request delete(String path) {
    return request("DELETE", path);
  }

  public Request request(String method, String path) {
    return new Request(method, path);
  }

  /** One request being built; {@link #send()} sends it. */
  public final class Request {

    private final String method;
    private final HttpRequest.Builder builder;
    private HttpRequest.BodyPublisher body = BodyPublishers.noBody();

    private Request(String method, String path) {
      this.method = method;
      this.builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    /** Sends the caller's access token. */
    public Request as(Caller caller) {
      return bearer(caller.accessToken());
    }

    public Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /**
     * Sends {@code Expect: 100-continue}: the body goes out only once the server asks for it, so a
     * request the server refuses on its headers (a body declared too large) gets its answer.
     */
    public Request expectContinue() {
      builder.expectContinue(true);
      return this;
    }

    public Request header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    /** {@code value} written as JSON, sent as {@code application/json}. */
    public Request json(Object value) {
      try {
        return body("application/json", JSON.writeValueAsString(value));
      } catch (JsonProcessingException unwritable) {
        throw new IllegalArgumentException(unwritable);
      }
    }

    /** {@code raw} sent as it is, declared as {@code contentType}. */
    public Request body(String contentType, String raw) {
      builder.header("Content-Type", contentType);
      body = BodyPublishers.ofString(raw);
      return this;
    }

    /**
     * A {@code multipart/form-data} body of one file part named {@code part}, declared as {@code
     * contentType} and named {@code filename}.
     */
    public Request file(String part, String filename, String contentType, byte[] content) {
      var boundary = "kassa-e2e-" + UUID.randomUUID();
      var head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + part
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: "
              + contentType
              + "\r\n\r\n";
      var tail = "\r\n--" + boundary + "--\r\n";
      var out = new ByteArrayOutputStream();
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
      builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
      body = BodyPublishers.ofByteArray(out.toByteArray());
      return this;
    }

    /**
     * Sends the request and keeps the response's bytes, for images; its status and headers (and a
     * JSON body, such as an error) are checked against the OpenAPI document.
     */
    public BytesReply sendForBytes() {
      var response = exchange(builder.method(method, body).build(), BodyHandlers.ofByteArray());
      var reply = new BytesReply(response);
      synchronized (contract) {
        contract.assertConforms(reply.checkedView());
      }
      return reply;
    }

    /** Sends the request and checks the response against the OpenAPI document. */
    public Reply send() {
      var reply = new Reply(exchange(builder.method(method, body).build()));
      synchronized (contract) {
        contract.assertConforms(reply.response());
      }
      return reply;
    }
  }

  private java.net.http.HttpResponse<String> exchange(HttpRequest request) {
    return exchange(request, BodyHandlers.ofString());
  }

  private <T> java.net.http.HttpResponse<T> exchange(
      HttpRequest request, java.net.http.HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
