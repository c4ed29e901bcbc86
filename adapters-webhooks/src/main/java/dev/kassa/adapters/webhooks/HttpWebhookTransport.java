package dev.kassa.adapters.webhooks;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookTransport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Sends events over one shared JDK {@link HttpClient} that never follows redirects, with a 5 s
 * connect timeout and a 5 s deadline for the answer. Before each send the {@link NetworkGuard}
 * resolves and checks the host, and those checked addresses are pinned (see {@link
 * PinnedAddresses}) while the client connects, so it connects to an address that was checked now,
 * not at registration. An answer slower than the deadline, body included, is a failure.
 */
public final class HttpWebhookTransport implements WebhookTransport {

  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client;
  private final NetworkGuard guard;
  private final Clock clock;
  private final Duration timeout;

  public HttpWebhookTransport(NetworkGuard guard, Clock clock) {
    this(guard, clock, TIMEOUT);
  }

  /** A transport with another deadline than 5 s: for tests that wait for slow receivers. */
  public HttpWebhookTransport(NetworkGuard guard, Clock clock, Duration timeout) {
    if (!PinnedResolverProvider.installed()) {
      throw new IllegalStateException(
          "the kassa-pinned host name resolver is not installed: is kassa-adapters-webhooks on"
              + " the class path?");
    }
    this.guard = guard;
    this.clock = clock;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  @Override
  public SendResult send(URI url, StoredEvent event, List<String> secrets) {
    var started = System.nanoTime();
    var host = NetworkGuard.host(url);
    try {
      PinnedAddresses.pin(host, guard.addresses(url));
    } catch (ValidationException refused) {
      return new SendResult(null, 0, null, "refused: " + refused.problems().get("url"));
    }
    try {
      var response =
          client.send(request(url, event, secrets), HttpResponse.BodyHandlers.ofInputStream());
      try (var body = response.body()) {
        var start =
            new String(body.readNBytes(WebhookDelivery.MAX_BODY_CHARS), StandardCharsets.UTF_8);
        var elapsed = elapsedMs(started);
        var late = elapsed > timeout.toMillis() ? "answered after the deadline" : null;
        return new SendResult(late == null ? response.statusCode() : null, elapsed, start, late);
      }
    } catch (IOException e) {
      return new SendResult(null, elapsedMs(started), null, describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult(null, elapsedMs(started), null, "interrupted");
    } finally {
      PinnedAddresses.unpin(host);
    }
  }

  private HttpRequest request(URI url, StoredEvent event, List<String> secrets) {
    var body = CloudEventJson.bytes(event);
    var now = clock.instant().getEpochSecond();
    return HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Kassa-Webhooks/1")
        .header(KassaSignature.HEADER, KassaSignature.header(now, body, secrets))
        .header("Kassa-Event-Id", event.id().toString())
        .header("Kassa-Event-Type", event.type().code())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static long elapsedMs(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  private static String describe(IOException e) {
    var name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
