package dev.kassa.adapters.messaging;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP client these adapters share: connect and answer timeouts, no redirects followed. */
final class HttpClients {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpClients() {}

  /**
   * Sends {@code request}; returns once it was answered with a 2xx status.
   *
   * @throws DeliveryFailedException on any other status, a timeout or a network error
   */
  static void send(HttpRequest request, String what) {
    try {
      var response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new DeliveryFailedException(what + " answered " + response.statusCode());
      }
    } catch (IOException failed) {
      throw new DeliveryFailedException(what + " failed: " + failed.getClass().getSimpleName());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException(what + " was interrupted");
    }
  }
}
