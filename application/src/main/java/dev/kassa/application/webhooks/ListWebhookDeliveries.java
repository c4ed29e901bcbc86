package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookDelivery;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;

/** An endpoint's delivery attempts, newest first (admins only). */
public final class ListWebhookDeliveries {

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;

  public ListWebhookDeliveries(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
  }

  public Page<WebhookDelivery> execute(Actor actor, WebhookEndpointId id, PageRequest request) {
    AccessPolicy.requireAdmin(actor);
    EndpointLookup.require(endpoints.find(id), id);
    return deliveries.page(id, request);
  }
}
