package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;

/** An outbox event with its delivery state for each subscriber that takes it. */
public record EventView(StoredEvent event, List<EventDelivery> deliveries) {

  public EventView {
    deliveries = List.copyOf(deliveries);
  }
}
