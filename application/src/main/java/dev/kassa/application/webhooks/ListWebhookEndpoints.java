package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpoints;

/** Lists the webhook endpoints, oldest first (admins only). */
public final class ListWebhookEndpoints {

  private final WebhookEndpoints endpoints;

  public ListWebhookEndpoints(WebhookEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  public Page<WebhookEndpoint> execute(Actor actor, PageRequest request) {
    AccessPolicy.requireAdmin(actor);
    return endpoints.page(request);
  }
}
