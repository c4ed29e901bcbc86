package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;
import java.util.Objects;

/**
 * Who consumes the domain events in this process: the subscribers its workers deliver to (none when
 * another way delivers them, such as a Kafka consumer group), who is told of each outcome, and the
 * {@link EventTracing} that stores each event's trace and continues it in its deliveries.
 */
public record EventConsumers(
    List<EventSubscriber> subscribers, List<DeliveryListener> listeners, EventTracing tracing) {

  private static final System.Logger LOG = System.getLogger(EventConsumers.class.getName());

  public EventConsumers {
    subscribers = List.copyOf(subscribers);
    listeners = List.copyOf(listeners);
    Objects.requireNonNull(tracing, "tracing");
  }

  /** {@code subscribers} and {@code listeners}, with nothing traced. */
  public EventConsumers(List<EventSubscriber> subscribers, List<DeliveryListener> listeners) {
    this(subscribers, listeners, EventTracing.NONE);
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
