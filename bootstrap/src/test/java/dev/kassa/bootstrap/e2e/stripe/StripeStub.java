package dev.kassa.bootstrap.e2e.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stripe's API on a local port, enough for Kassa's gateway: it creates payment intents, cancels
 * them and makes refunds, answering in Stripe's JSON, and records every request it was sent.
 */
final class StripeStub implements AutoCloseable {

  record Request(String path, String idempotencyKey, Map<String, String> form) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  StripeStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String apiBase() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    var path = exchange.getRequestURI().getPath();
    var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"), form));
    var id = ids.incrementAndGet();
    String body;
    if (path.equals("/v1/payment_intents")) {
      body = intent("pi_stub" + id, form.get("amount"), "requires_payment_method");
    } else if (path.startsWith("/v1/payment_intents/") && path.endsWith("/cancel")) {
      body = intent(path.split("/", -1)[3], "1", "canceled");
    } else if (path.equals("/v1/refunds")) {
      body =
          """
          {"id":"re_stub%d","object":"refund","amount":%s,"currency":"eur",\
          "payment_intent":"%s","status":"succeeded"}"""
              .formatted(id, form.get("amount"), form.get("payment_intent"));
    } else {
      body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"no such path\"}}";
      exchange.sendResponseHeaders(404, 0);
      write(exchange, body);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    write(exchange, body);
  }

  private static String intent(String id, String amount, String status) {
    return """
        {"id":"%s","object":"payment_intent","amount":%s,"currency":"eur",\
        "client_secret":"%s_secret_stub","status":"%s"}"""
        .formatted(id, amount, id, status);
  }

  private static void write(HttpExchange exchange, String body) throws IOException {
    try (var out = exchange.getResponseBody()) {
      out.write(body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, String> form(String raw) {
    var form = new LinkedHashMap<String, String>();
    for (var pair : raw.split("&", -1)) {
      if (!pair.isEmpty()) {
        var parts = pair.split("=", 2);
        form.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
