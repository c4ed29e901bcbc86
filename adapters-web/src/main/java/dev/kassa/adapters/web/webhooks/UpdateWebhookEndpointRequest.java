package dev.kassa.adapters.web.webhooks;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.webhooks.UpdateWebhookEndpoint;
import dev.kassa.domain.webhook.EndpointEvents;
import java.util.List;

/** {@code PATCH /v1/webhook-endpoints/{id}}: any of the url, events, enabled and description. */
public record UpdateWebhookEndpointRequest(
    String url, List<String> events, Boolean enabled, String description) {

  public UpdateWebhookEndpoint.Command toCommand(Fields fields) {
    var parsed = events == null ? null : fields.attempt("events", () -> EndpointEvents.of(events));
    return new UpdateWebhookEndpoint.Command(url, parsed, enabled, description);
  }
}
