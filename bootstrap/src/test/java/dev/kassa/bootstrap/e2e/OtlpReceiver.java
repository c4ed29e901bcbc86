package dev.kassa.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny OTLP/HTTP collector: accepts {@code POST /v1/traces} (protobuf) and keeps each body. Span
 * names, attribute values and the service name travel in protobuf as plain UTF-8, so a test can
 * look for them in the bytes.
 */
final class OtlpReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<String> bodies = new ArrayList<>();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/traces",
        exchange -> {
          try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            synchronized (bodies) {
              bodies.add(new String(body, StandardCharsets.ISO_8859_1));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
          }
        });
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Waits up to 20 seconds for an export whose bytes contain every one of {@code texts}. */
  String awaitExportContaining(String... texts) throws InterruptedException {
    var deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      synchronized (bodies) {
        for (var body : bodies) {
          if (List.of(texts).stream().allMatch(body::contains)) {
            return body;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no OTLP export contained " + List.of(texts));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
