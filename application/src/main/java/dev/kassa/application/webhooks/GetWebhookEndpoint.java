package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;

/** One webhook endpoint (admins only). */
public final class GetWebhookEndpoint {

  private final WebhookEndpoints endpoints;

  public GetWebhookEndpoint(WebhookEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  public WebhookEndpoint execute(Actor actor, WebhookEndpointId id) {
    AccessPolicy.requireAdmin(actor);
    return EndpointLookup.require(endpoints.find(id), id);
  }
}
