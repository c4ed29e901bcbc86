package dev.kassa.domain.event;

import java.util.Objects;
import java.util.UUID;

/**
 * A delivery a worker holds under {@code lease} until its lease time: the event to deliver, and the
 * delivery as it was when claimed. Only the holder of the lease records its outcome.
 */
public record ClaimedDelivery(StoredEvent event, EventDelivery delivery, UUID lease) {

  public ClaimedDelivery {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(lease, "lease");
  }
}
