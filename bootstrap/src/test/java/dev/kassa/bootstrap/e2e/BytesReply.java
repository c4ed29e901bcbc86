package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.Envelopes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** One HTTP response of the server kept as bytes (an image), or its error envelope. */
public record BytesReply(HttpResponse<byte[]> response) {

  public int status() {
    return response.statusCode();
  }

  public byte[] body() {
    return response.body();
  }

  public Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  /** Asserts the status and returns the body. */
  public byte[] expect(int status) {
    assertThat(status()).as(describe()).isEqualTo(status);
    return body();
  }

  /** Asserts the error envelope with this status and code. */
  public void expectError(int status, String code) {
    assertThat(status()).as(describe()).isEqualTo(status);
    Envelopes.assertError(checkedView(), status, code);
  }

  public String describe() {
    var request = response.request();
    return request.method() + " " + request.uri().getPath() + " -> " + status();
  }

  /**
   * The response as text for the OpenAPI checks: a JSON body in UTF-8, any other byte for byte (ISO
   * 8859-1), which is all the document says of an image: binary.
   */
  HttpResponse<String> checkedView() {
    var json =
        header("Content-Type").filter(type -> type.startsWith("application/json")).isPresent();
    var charset = json ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    return new TextView(response, new String(body(), charset));
  }

  private record TextView(HttpResponse<byte[]> bytes, String body) implements HttpResponse<String> {

    @Override
    public int statusCode() {
      return bytes.statusCode();
    }

    @Override
    public HttpRequest request() {
      return bytes.request();
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return bytes.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return bytes.sslSession();
    }

    @Override
    public URI uri() {
      return bytes.uri();
    }

    @Override
    public HttpClient.Version version() {
      return bytes.version();
    }
  }
}
