package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.EndpointEvents;
import dev.kassa.domain.webhook.SecretBox;
import dev.kassa.domain.webhook.SigningSecrets;
import dev.kassa.domain.webhook.WebhookEndpoint;
import dev.kassa.domain.webhook.WebhookEndpoints;
import dev.kassa.domain.webhook.WebhookUrlGuard;
import java.time.Clock;

/**
 * Registers a webhook endpoint (admins only) once its URL passed the network guard, with a new
 * signing secret, stored sealed and returned in plain text this once.
 */
public final class CreateWebhookEndpoint {

  public record Command(String url, EndpointEvents events, String description) {
    public Command {
      var problems = new ValidationException.Collector();
      problems.attempt(() -> WebhookEndpoint.checkUrl(url));
      problems.require(events, "events");
      problems.throwIfAny();
    }
  }

  private final Transactions transactions;
  private final WebhookEndpoints endpoints;
  private final WebhookUrlGuard guard;
  private final SecretBox box;
  private final Clock clock;

  public CreateWebhookEndpoint(
      Transactions transactions,
      WebhookEndpoints endpoints,
      WebhookUrlGuard guard,
      SecretBox box,
      Clock clock) {
    this.transactions = transactions;
    this.endpoints = endpoints;
    this.guard = guard;
    this.box = box;
    this.clock = clock;
  }

  public EndpointWithSecret execute(Actor actor, Command command) {
    AccessPolicy.requireAdmin(actor);
    guard.check(WebhookEndpoint.checkUrl(command.url()));
    var secret = SigningSecrets.generate();
    var endpoint =
        WebhookEndpoint.open(
            command.url(),
            command.events(),
            command.description(),
            box.seal(secret),
            clock.instant());
    transactions.run(() -> endpoints.add(endpoint));
    return new EndpointWithSecret(endpoint, secret);
  }
}
