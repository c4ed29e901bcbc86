package dev.kassa.application.webhooks;

import dev.kassa.application.events.EventSubscriber;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.webhook.DeliveryStatus;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.util.ArrayList;
import java.util.List;

/**
 * Outgoing webhooks as an event subscriber: each event goes to every enabled endpoint that takes
 * its type. An endpoint whose attempts for the event are settled (delivered, or dead) is skipped,
 * so a retry re-sends only to the endpoints still failing; when any is, {@link #deliver} throws,
 * and the dispatcher retries later.
 */
public final class WebhookSubscriber implements EventSubscriber {

  public static final String NAME = "webhooks";

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final WebhookAttempts attempts;

  WebhookSubscriber(
      WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookAttempts attempts) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.attempts = attempts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(EventType type) {
    return true;
  }

  /** Reads the enabled endpoints once for all of {@code events}. */
  @Override
  public Batch prepare(List<StoredEvent> events) {
    var enabled = endpoints.enabled();
    return event -> deliver(enabled, event);
  }

  @Override
  public void deliver(StoredEvent event) {
    deliver(endpoints.enabled(), event);
  }

  private void deliver(List<WebhookEndpoint> enabled, StoredEvent event) {
    var failing = new ArrayList<String>();
    for (var endpoint : enabled) {
      if (endpoint.takes(event.type()) && !settled(endpoint, event)) {
        attempts
            .attempt(endpoint, event)
            .filter(delivery -> delivery.status() == DeliveryStatus.FAILED)
            .ifPresent(failed -> failing.add(endpoint.id() + " (" + describe(failed) + ")"));
      }
    }
    if (!failing.isEmpty()) {
      throw new WebhookDeliveryFailedException(event, failing);
    }
  }

  private boolean settled(WebhookEndpoint endpoint, StoredEvent event) {
    return deliveries.attempts(endpoint.id(), event.id()).stream()
        .anyMatch(delivery -> delivery.status().settled());
  }

  private static String describe(WebhookDelivery failed) {
    return failed.responseStatus() != null ? "status " + failed.responseStatus() : failed.error();
  }
}
