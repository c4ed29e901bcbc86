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
 * The management port: {@code GET /metrics} in the Prometheus text format, {@code GET /health/live}
 * ({@code {"status":"ok"}} while the process runs, for a container's health check), and {@code 404}
 * for everything else. It is a separate small server so that the public port never exposes metrics
 * and the operator binds it to a private address ({@code 127.0.0.1} by default).
 */
final class ManagementServer implements AutoCloseable {

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final String JSON = "application/json";

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
      var get = exchange.getRequestMethod().equals("GET");
      var path = exchange.getRequestURI().getPath();
      if (get && path.equals("/metrics")) {
        send(exchange, 200, PROMETHEUS_TEXT, registry.scrape());
      } else if (get && path.equals("/health/live")) {
        send(exchange, 200, JSON, "{\"status\":\"ok\"}");
      } else {
        send(exchange, 404, JSON, "{\"error\":{\"code\":\"not_found\"}}");
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    var body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
