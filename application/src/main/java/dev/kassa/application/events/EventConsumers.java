package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;

/**
 * Who consumes the domain events in this process: the subscribers its workers deliver to (none when
 * another way delivers them, such as a Kafka consumer group), and who is told of each outcome.
 */
public record EventConsumers(List<EventSubscriber> subscribers, List<DeliveryListener> listeners) {

  private static final System.Logger LOG = System.getLogger(EventConsumers.class.getName());

  public EventConsumers {
    subscribers = List.copyOf(subscribers);
    listeners = List.copyOf(listeners);
  }

  /** {@code subscribers}, with nobody told of the outcomes. */
  public static EventConsumers of(List<EventSubscriber> subscribers) {
    return new EventConsumers(subscribers, List.of());
  }

  /** One listener telling every listener in turn; each one's failure is its own. */
  DeliveryListener listener() {
    return (event, outcome) -> listeners.forEach(each -> tell(each, event, outcome));
  }

  private static void tell(DeliveryListener listener, StoredEvent event, EventDelivery outcome) {
    try {
      listener.recorded(event, outcome);
    } catch (RuntimeException failed) {
      LOG.log(System.Logger.Level.WARNING, "a delivery listener failed", failed);
    }
  }
}
