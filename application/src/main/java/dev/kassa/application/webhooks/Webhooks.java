package dev.kassa.application.webhooks;

import dev.kassa.application.Storage;
import dev.kassa.domain.webhook.SecretBox;
import dev.kassa.domain.webhook.WebhookTransport;
import dev.kassa.domain.webhook.WebhookUrlGuard;
import java.time.Clock;

/**
 * The outgoing webhooks: the use cases that administer endpoints and their deliveries, and the
 * {@link WebhookSubscriber} that sends the events.
 */
public record Webhooks(
    CreateWebhookEndpoint create,
    ListWebhookEndpoints list,
    GetWebhookEndpoint get,
    UpdateWebhookEndpoint update,
    DeleteWebhookEndpoint delete,
    RotateWebhookSecret rotateSecret,
    ListWebhookDeliveries listDeliveries,
    RedeliverWebhook redeliver,
    WebhookSubscriber subscriber) {

  /**
   * Assembles the webhook use cases.
   *
   * @param box seals the signing secrets
   * @param guard refuses URLs Kassa must not call, at registration
   * @param transport sends the events, guarding again the address it connects to
   */
  public static Webhooks assemble(
      Storage s,
      SecretBox box,
      WebhookUrlGuard guard,
      WebhookTransport transport,
      WebhookSettings settings,
      Clock clock) {
    var tx = s.transactions();
    var endpoints = s.webhookEndpoints();
    var deliveries = s.webhookDeliveries();
    var attempts =
        new WebhookAttempts(tx, endpoints, deliveries, transport, box, s.outbox(), settings, clock);
    return new Webhooks(
        new CreateWebhookEndpoint(tx, endpoints, guard, box, clock),
        new ListWebhookEndpoints(endpoints),
        new GetWebhookEndpoint(endpoints),
        new UpdateWebhookEndpoint(tx, endpoints, guard, clock),
        new DeleteWebhookEndpoint(tx, endpoints),
        new RotateWebhookSecret(tx, endpoints, box, clock),
        new ListWebhookDeliveries(endpoints, deliveries),
        new RedeliverWebhook(endpoints, deliveries, s.outbox(), attempts),
        new WebhookSubscriber(endpoints, deliveries, attempts));
  }
}
