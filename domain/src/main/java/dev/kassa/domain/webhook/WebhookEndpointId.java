package dev.kassa.domain.webhook;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a webhook endpoint. */
public record WebhookEndpointId(UUID value) {

  public WebhookEndpointId {
    Objects.requireNonNull(value, "value");
  }

  public static WebhookEndpointId newId() {
    return new WebhookEndpointId(Uuids.v7());
  }

  public static WebhookEndpointId of(String text) {
    return new WebhookEndpointId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
