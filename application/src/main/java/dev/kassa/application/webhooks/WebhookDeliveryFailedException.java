package dev.kassa.application.webhooks;

import dev.kassa.domain.event.StoredEvent;
import java.util.List;

/** Some endpoints did not take an event yet: the dispatcher retries it later. */
public final class WebhookDeliveryFailedException extends RuntimeException {

  WebhookDeliveryFailedException(StoredEvent event, List<String> endpoints) {
    super("event " + event.id() + " not delivered to webhook endpoints " + endpoints);
  }
}
