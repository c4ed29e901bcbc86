package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.EndpointEvents;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;
import dev.kassa.domain.webhook.WebhookUrlGuard;
import java.time.Clock;

/**
 * Changes an endpoint's URL (checked by the network guard again), events, description, or turns it
 * on or off; turning it back on starts its failure streak again.
 */
public final class UpdateWebhookEndpoint {

  /** At least one field is given. */
  public record Command(String url, EndpointEvents events, Boolean enabled, String description) {
    public Command {
      var problems = new ValidationException.Collector();
      problems.check(
          url != null || events != null || enabled != null || description != null,
          "url",
          "give a url, events, enabled or description to change");
      if (url != null) {
        problems.attempt(() -> WebhookEndpoint.checkUrl(url));
      }
      problems.throwIfAny();
    }
  }

  private final Transactions transactions;
  private final WebhookEndpoints endpoints;
  private final WebhookUrlGuard guard;
  private final Clock clock;

  public UpdateWebhookEndpoint(
      Transactions transactions, WebhookEndpoints endpoints, WebhookUrlGuard guard, Clock clock) {
    this.transactions = transactions;
    this.endpoints = endpoints;
    this.guard = guard;
    this.clock = clock;
  }

  public WebhookEndpoint execute(Actor actor, WebhookEndpointId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    if (command.url() != null) {
      guard.check(WebhookEndpoint.checkUrl(command.url()));
    }
    return transactions.inTransaction(
        () -> {
          var current = EndpointLookup.require(endpoints.lock(id), id);
          var changed =
              current.changed(
                  command.url(),
                  command.events(),
                  command.enabled(),
                  command.description(),
                  clock.instant());
          endpoints.update(changed);
          return changed;
        });
  }
}
