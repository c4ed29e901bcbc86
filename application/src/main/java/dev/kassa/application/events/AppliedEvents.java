package dev.kassa.application.events;

import dev.kassa.domain.event.EventId;

/**
 * Which events each subscriber has applied, so that an event delivered again (a broker redelivers
 * after a crash or a rebalance; a relay republishes after a lease ran out) is applied once. A
 * subscriber that writes to the database records the event in the same unit of work as its change
 * (a call inside a running unit joins it); otherwise the delivery records it after the subscriber
 * returns and before the delivery is acknowledged.
 */
public interface AppliedEvents {

  /** Whether {@code subscriber} has applied {@code event}. */
  boolean contains(String subscriber, EventId event);

  /**
   * Records that {@code subscriber} has applied {@code event}.
   *
   * @return false when it was recorded already (a redelivery)
   */
  boolean record(String subscriber, EventId event);
}
