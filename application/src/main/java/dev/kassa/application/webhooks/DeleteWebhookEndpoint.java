package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;

/** Removes a webhook endpoint and its delivery record (admins only). */
public final class DeleteWebhookEndpoint {

  private final Transactions transactions;
  private final WebhookEndpoints endpoints;

  public DeleteWebhookEndpoint(Transactions transactions, WebhookEndpoints endpoints) {
    this.transactions = transactions;
    this.endpoints = endpoints;
  }

  public void execute(Actor actor, WebhookEndpointId id) {
    AccessPolicy.requireAdmin(actor);
    if (!transactions.inTransaction(() -> endpoints.remove(id))) {
      throw new NotFoundException("webhook endpoint", id);
    }
  }
}
