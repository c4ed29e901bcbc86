package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;

/**
 * Sends the event of one recorded delivery again to its endpoint (admins only), whatever the
 * earlier outcome and even when the endpoint is disabled; the new attempt is recorded like any
 * other.
 */
public final class RedeliverWebhook {

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;
  private final Outbox outbox;
  private final WebhookAttempts attempts;

  RedeliverWebhook(
      WebhookEndpoints endpoints,
      WebhookDeliveries deliveries,
      Outbox outbox,
      WebhookAttempts attempts) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
    this.outbox = outbox;
    this.attempts = attempts;
  }

  public WebhookDelivery execute(
      Actor actor, WebhookEndpointId endpointId, WebhookDeliveryId deliveryId) {
    AccessPolicy.requireAdmin(actor);
    var endpoint = EndpointLookup.require(endpoints.find(endpointId), endpointId);
    var earlier =
        deliveries
            .find(endpointId, deliveryId)
            .orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId));
    var event =
        outbox
            .find(earlier.eventId())
            .orElseThrow(() -> new NotFoundException("event", earlier.eventId()));
    return attempts
        .attempt(endpoint, event)
        .orElseThrow(() -> new NotFoundException("webhook endpoint", endpointId));
  }
}
