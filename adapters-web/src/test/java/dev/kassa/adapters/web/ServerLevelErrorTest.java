package dev.kassa.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests the server refuses before any route runs still get the envelope. */
class ServerLevelErrorTest {

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String raw(String request) throws IOException {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), api.api().port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void oversizedHeadersAreAnsweredWithTheEnvelope() throws IOException {
    var response =
        raw(
            "GET /v1/things HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(300_000)
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).containsIgnoringCase("x-request-id:");
    assertThat(response).contains("{\"error\":{\"code\":\"validation_failed\"");
  }

  @Test
  void malformedRequestLineIsAnsweredWithTheEnvelope() throws IOException {
    var response = raw("GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).contains("{\"error\":{\"code\":\"validation_failed\"");
  }
}
