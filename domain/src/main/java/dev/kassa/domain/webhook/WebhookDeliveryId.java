package dev.kassa.domain.webhook;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one delivery attempt of an event to a webhook endpoint. */
public record WebhookDeliveryId(UUID value) {

  public WebhookDeliveryId {
    Objects.requireNonNull(value, "value");
  }

  public static WebhookDeliveryId newId() {
    return new WebhookDeliveryId(Uuids.v7());
  }

  public static WebhookDeliveryId of(String text) {
    return new WebhookDeliveryId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
