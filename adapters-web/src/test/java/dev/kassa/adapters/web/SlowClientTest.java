package dev.kassa.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.support.TestApi;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that trickle a request (a few bytes per second, never silent long enough for the idle
 * timeout) have their connection closed once the read timeout is over, while other clients are
 * served.
 */
class SlowClientTest {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration GENEROUS = Duration.ofSeconds(8);
  private static final Duration TRICKLE_PAUSE = Duration.ofMillis(250);

  private final Controller routes =
      declared -> {
        declared.get("/v1/ping", RouteAccess.PUBLIC, call -> call.ok(Map.of("pong", true)));
        declared.post(
            "/v1/echo", RouteAccess.PUBLIC, call -> call.ok(Map.of("size", call.rawBody().length)));
      };
  private final TestApi api =
      TestApi.start(TestApi.settings().withReadTimeout(READ_TIMEOUT), routes);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void connectionsTricklingTheirHeadersAreClosedWhileOthersAreServed() throws Exception {
    var request = "GET /v1/ping HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(200);
    try (var trickles = Executors.newVirtualThreadPerTaskExecutor()) {
      var closings = new ArrayList<Future<Duration>>();
      for (var i = 0; i < 50; i++) {
        closings.add(trickles.submit(() -> trickleUntilClosed(request)));
      }
      Thread.sleep(READ_TIMEOUT.dividedBy(2).toMillis());
      assertThat(api.get("/v1/ping").statusCode()).isEqualTo(200);
      for (var closing : closings) {
        assertThat(closing.get()).isBetween(READ_TIMEOUT, GENEROUS);
      }
    }
    assertThat(api.get("/v1/ping").statusCode()).isEqualTo(200);
  }

  @Test
  void aConnectionTricklingItsBodyIsClosed() throws Exception {
    var request =
        "POST /v1/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 400\r\n\r\n"
            + "["
            + "1,".repeat(199);

    assertThat(trickleUntilClosed(request)).isBetween(READ_TIMEOUT, GENEROUS);
    assertThat(api.get("/v1/ping").statusCode()).isEqualTo(200);
  }

  /**
   * Sends {@code request} two bytes at a time with a pause between, until the server closes the
   * connection; how long that took, or {@link #GENEROUS} and more if it never did.
   */
  private Duration trickleUntilClosed(String request) throws IOException {
    var bytes = request.getBytes(StandardCharsets.US_ASCII);
    var started = System.nanoTime();
    try (var socket = new Socket(api.uri("/").getHost(), api.uri("/").getPort())) {
      socket.setSoTimeout((int) TRICKLE_PAUSE.toMillis());
      var out = socket.getOutputStream();
      var in = socket.getInputStream();
      for (var sent = 0; sent < bytes.length; sent += 2) {
        if (Duration.ofNanos(System.nanoTime() - started).compareTo(GENEROUS) > 0) {
          break;
        }
        out.write(bytes, sent, Math.min(2, bytes.length - sent));
        out.flush();
        try {
          if (in.read() == -1) {
            break;
          }
        } catch (SocketTimeoutException stillOpen) {
          // nothing to read: the connection is open, send the next bytes
        }
      }
    } catch (IOException closedByServer) {
      // the server reset the connection
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
