package dev.kassa.bootstrap.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A receiving HTTP server on 127.0.0.1 for tests: answers each request with what {@code answer}
 * says for its number (from 1) and keeps what it received.
 */
final class Receiver implements AutoCloseable {

  // The raw body bytes are what a signature is checked against.
  @SuppressWarnings("ArrayRecordComponent")
  record Received(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }
  }

  /** A status and headers; a status of 0 never answers (the request hangs for a minute). */
  record Answer(int status, Map<String, String> headers) {
    static Answer status(int status) {
      return new Answer(status, Map.of());
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  Receiver(IntFunction<Answer> answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          var body = exchange.getRequestBody().readAllBytes();
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          var reply = answer.apply(received.size());
          if (reply.status() == 0) {
            sleep();
          }
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          var text = ("answer " + received.size()).getBytes(StandardCharsets.UTF_8);
          if (reply.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
          } else {
            exchange.sendResponseHeaders(Math.max(reply.status(), 200), text.length);
            exchange.getResponseBody().write(text);
          }
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private static void sleep() {
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
