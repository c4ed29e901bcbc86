package dev.kassa.application.webhooks;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.webhook.SecretBox;
import dev.kassa.domain.webhook.SigningSecrets;
import dev.kassa.domain.webhook.WebhookEndpointId;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.time.Clock;

/**
 * Gives an endpoint a new signing secret, returned in plain text this once; the old one keeps
 * signing beside it for {@link SigningSecrets#ROTATION_OVERLAP}.
 */
public final class RotateWebhookSecret {

  private final Transactions transactions;
  private final WebhookEndpoints endpoints;
  private final SecretBox box;
  private final Clock clock;

  public RotateWebhookSecret(
      Transactions transactions, WebhookEndpoints endpoints, SecretBox box, Clock clock) {
    this.transactions = transactions;
    this.endpoints = endpoints;
    this.box = box;
    this.clock = clock;
  }

  public EndpointWithSecret execute(Actor actor, WebhookEndpointId id) {
    AccessPolicy.requireAdmin(actor);
    var secret = SigningSecrets.generate();
    var sealed = box.seal(secret);
    return transactions.inTransaction(
        () -> {
          var rotated =
              EndpointLookup.require(endpoints.lock(id), id).rotated(sealed, clock.instant());
          endpoints.update(rotated);
          return new EndpointWithSecret(rotated, secret);
        });
  }
}
