package dev.kassa.bootstrap.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The management port: {@code GET /metrics} in the Prometheus text format, and {@code 404} for
 * everything else. It is a separate small server so that the public port never exposes metrics and
 * the operator binds it to a private address ({@code 127.0.0.1} by default).
 */
final class ManagementServer implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private ManagementServer(HttpServer server) {
    this.server = server;
  }

  static ManagementServer start(String host, int port, PrometheusMeterRegistry registry) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (BindException busy) {
      throw new IllegalStateException(
          "MANAGEMENT_PORT " + port + " on " + host + " is in use: set another port, or 0 for none",
          busy);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    server.createContext("/", exchange -> answer(exchange, registry));
    server.start();
    return new ManagementServer(server);
  }

  private static void answer(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      var metrics =
          exchange.getRequestURI().getPath().equals("/metrics")
              && exchange.getRequestMethod().equals("GET");
      var body =
          (metrics ? registry.scrape() : "{\"error\":{\"code\":\"not_found\"}}")
              .getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .set("Content-Type", metrics ? PROMETHEUS_TEXT : "application/json");
      exchange.sendResponseHeaders(metrics ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
