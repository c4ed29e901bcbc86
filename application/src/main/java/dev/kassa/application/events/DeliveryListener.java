package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;

/**
 * Told of every delivery outcome the dispatcher records, once it is recorded: for metrics, and for
 * alerting operators when a delivery goes {@code dead}. Runs with no unit of work open; a listener
 * that fails is logged and never changes the outcome.
 */
@FunctionalInterface
public interface DeliveryListener {

  /** Tells nobody. */
  DeliveryListener NONE = (event, outcome) -> {};

  void recorded(StoredEvent event, EventDelivery outcome);
}
