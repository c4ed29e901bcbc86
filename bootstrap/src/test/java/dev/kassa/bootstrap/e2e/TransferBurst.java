package dev.kassa.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Transfers sent without pause by several clients at once, each with an {@code Idempotency-Key} of
 * its own and the same raw body, until the server stops answering. Every key is recorded before its
 * request leaves, so a request cut off in flight is known by its key.
 */
// close() waits for the senders to stop, which may be interrupted.
@SuppressWarnings("try")
final class TransferBurst implements AutoCloseable {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private final Map<String, String> answered = new ConcurrentHashMap<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ExecutorService senders;

  private TransferBurst(int clients) {
    senders = Executors.newFixedThreadPool(clients);
  }

  /**
   * Starts {@code clients} senders posting {@code body} to {@code /v1/transfers} on {@code port}.
   */
  static TransferBurst start(int clients, int port, String accessToken, String body) {
    var burst = new TransferBurst(clients);
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/transfers"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + accessToken)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body));
    for (var i = 0; i < clients; i++) {
      burst.senders.execute(() -> burst.send(request));
    }
    return burst;
  }

  private void send(HttpRequest.Builder request) {
    while (!stopped.get()) {
      var key = UUID.randomUUID().toString();
      keys.add(key);
      try {
        var response =
            client.send(
                request.copy().header("Idempotency-Key", key).build(), BodyHandlers.ofString());
        if (response.statusCode() == 201) {
          answered.put(key, response.body());
        }
      } catch (IOException cutOff) {
        return;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Waits until at least {@code count} transfers were answered 201, or {@code timeout} passed. */
  void awaitAnswered(int count, Duration timeout) throws InterruptedException {
    var deadline = System.nanoTime() + timeout.toNanos();
    while (answered.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** Every key sent, answered or not. */
  List<String> keys() {
    return List.copyOf(keys);
  }

  /** The body of each 201 answer, by key. */
  Map<String, String> answered() {
    return Map.copyOf(answered);
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    senders.shutdownNow();
    if (!senders.awaitTermination(15, TimeUnit.SECONDS)) {
      throw new IllegalStateException("transfer senders did not stop");
    }
  }
}
