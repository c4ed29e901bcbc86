package dev.kassa.adapters.web.webhooks;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.webhooks.CreateWebhookEndpoint;
import dev.kassa.domain.webhook.EndpointEvents;
import java.util.List;

/** {@code POST /v1/webhook-endpoints}: where to send, which event types (or {@code *}). */
public record CreateWebhookEndpointRequest(
    @Required String url, @Required List<String> events, String description) {

  public CreateWebhookEndpoint.Command toCommand(Fields fields) {
    var parsed = fields.attempt("events", () -> EndpointEvents.of(events));
    return new CreateWebhookEndpoint.Command(url, parsed, description);
  }
}
