package dev.kassa.domain.webhook;

import dev.kassa.domain.event.EventId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Every delivery attempt to every endpoint, kept as the record of what was sent. */
public interface WebhookDeliveries {

  /**
   * Records a delivery attempt.
   *
   * @throws IllegalArgumentException when an attempt of that id exists
   */
  void record(WebhookDelivery delivery);

  Optional<WebhookDelivery> find(WebhookEndpointId endpointId, WebhookDeliveryId id);

  /** The attempts of one event to one endpoint, in the order they were recorded. */
  List<WebhookDelivery> attempts(WebhookEndpointId endpointId, EventId eventId);

  /** An endpoint's attempts, newest first. */
  Page<WebhookDelivery> page(WebhookEndpointId endpointId, PageRequest request);
}
