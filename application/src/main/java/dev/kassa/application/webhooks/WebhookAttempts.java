package dev.kassa.application.webhooks;

import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.webhook.DeliveryStatus;
import dev.kassa.domain.webhook.SecretBox;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpoints;
import dev.kassa.domain.webhook.WebhookEvents;
import dev.kassa.domain.webhook.WebhookTransport;
import java.time.Clock;
import java.util.Optional;

/**
 * One attempt to deliver an event to an endpoint, on record: sent outside any unit of work, then
 * recorded with the endpoint's failure streak in one. The attempt that reaches {@code maxAttempts}
 * and fails is {@code dead}; the one that takes the streak to {@code disableAfter} disables the
 * endpoint and declares {@code webhook_endpoint.disabled}.
 */
final class WebhookAttempts {

  private final Transactions transactions;
  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final WebhookTransport transport;
  private final SecretBox box;
  private final Outbox outbox;
  private final WebhookSettings settings;
  private final Clock clock;

  WebhookAttempts(
      Transactions transactions,
      WebhookEndpoints endpoints,
      WebhookDeliveries deliveries,
      WebhookTransport transport,
      SecretBox box,
      Outbox outbox,
      WebhookSettings settings,
      Clock clock) {
    this.transactions = transactions;
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.transport = transport;
    this.box = box;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  /** The attempt as recorded; empty when the endpoint was removed meanwhile. */
  Optional<WebhookDelivery> attempt(WebhookEndpoint endpoint, StoredEvent event) {
    var started = clock.instant();
    var secrets = endpoint.secrets().signing(started).stream().map(box::open).toList();
    var result = transport.send(endpoint.uri(), event, secrets);
    return transactions.inTransaction(
        () -> {
          var locked = endpoints.lock(endpoint.id());
          if (locked.isEmpty()) {
            return Optional.empty();
          }
          var attempt = deliveries.attempts(endpoint.id(), event.id()).size() + 1;
          var delivery =
              new WebhookDelivery(
                  WebhookDeliveryId.newId(),
                  endpoint.id(),
                  event.id(),
                  event.type().code(),
                  attempt,
                  status(result, attempt),
                  result.status(),
                  result.durationMs(),
                  result.body(),
                  result.error(),
                  started);
          deliveries.record(delivery);
          record(locked.get(), result.delivered());
          return Optional.of(delivery);
        });
  }

  private DeliveryStatus status(WebhookTransport.SendResult result, int attempt) {
    if (result.delivered()) {
      return DeliveryStatus.DELIVERED;
    }
    return attempt >= settings.maxAttempts() ? DeliveryStatus.DEAD : DeliveryStatus.FAILED;
  }

  private void record(WebhookEndpoint current, boolean delivered) {
    var now = clock.instant();
    var next = delivered ? current.succeeded(now) : current.failed(settings.disableAfter(), now);
    if (current.enabled() && !next.enabled()) {
      outbox.append(WebhookEvents.disabled(next, now));
    }
    endpoints.update(next);
  }
}
