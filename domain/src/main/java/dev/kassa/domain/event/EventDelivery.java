package dev.kassa.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one event with one subscriber: its {@code status}, how many {@code attempts} were
 * made, when the next one is due, the last failure (bounded, see {@link #MAX_ERROR_LENGTH}) and
 * when it was delivered.
 */
public record EventDelivery(
    EventId eventId,
    String subscriber,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant deliveredAt) {

  public static final int MAX_ERROR_LENGTH = 500;
  public static final int MAX_SUBSCRIBER_LENGTH = 64;

  public EventDelivery {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(subscriber, "subscriber");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (subscriber.isBlank() || subscriber.length() > MAX_SUBSCRIBER_LENGTH) {
      throw new IllegalArgumentException("subscriber must be 1 to 64 chars");
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
      lastError = lastError.substring(0, MAX_ERROR_LENGTH);
    }
    if ((status == DeliveryStatus.DELIVERED) != (deliveredAt != null)) {
      throw new IllegalArgumentException("deliveredAt is set exactly when delivered");
    }
  }

  /** A fresh delivery, due at {@code due}. */
  public static EventDelivery pending(EventId eventId, String subscriber, Instant due) {
    return new EventDelivery(eventId, subscriber, DeliveryStatus.PENDING, 0, due, null, null);
  }

  /** This delivery after an attempt that succeeded at {@code at}. */
  public EventDelivery delivered(Instant at) {
    return new EventDelivery(
        eventId, subscriber, DeliveryStatus.DELIVERED, attempts + 1, at, lastError, at);
  }

  /**
   * This delivery after an attempt that failed with {@code error}, tried again at {@code retry}.
   */
  public EventDelivery retried(String error, Instant retry) {
    return new EventDelivery(
        eventId, subscriber, DeliveryStatus.PENDING, attempts + 1, retry, error, null);
  }

  /** This delivery after its last allowed attempt failed with {@code error} at {@code at}. */
  public EventDelivery dead(String error, Instant at) {
    return new EventDelivery(
        eventId, subscriber, DeliveryStatus.DEAD, attempts + 1, at, error, null);
  }
}
