package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who consumes the domain events: the subscribers, who is told of each outcome of this process's
 * workers, and the {@link EventTracing} that stores each event's trace and continues it in its
 * deliveries. Without a {@code broker} this process's workers deliver to the subscribers; with one
 * (Kafka consumer groups), the workers deliver nothing and the admin views read what the consumers
 * recorded.
 */
public record EventConsumers(
    List<EventSubscriber> subscribers,
    List<DeliveryListener> listeners,
    Optional<Broker> broker,
    EventTracing tracing) {

  /** Where the consumers of a broker record the delivery state, and the outbox its relay reads. */
  public record Broker(BrokerDeliveries deliveries, UnpublishedEvents outbox) {

    public Broker {
      Objects.requireNonNull(deliveries, "deliveries");
      Objects.requireNonNull(outbox, "outbox");
    }
  }

  private static final System.Logger LOG = System.getLogger(EventConsumers.class.getName());

  public EventConsumers {
    subscribers = List.copyOf(subscribers);
    listeners = List.copyOf(listeners);
    Objects.requireNonNull(broker, "broker");
    Objects.requireNonNull(tracing, "tracing");
  }

  /**
   * {@code subscribers} delivered to by this process's workers, each outcome told to {@code
   * listeners}, with nothing traced.
   */
  public EventConsumers(List<EventSubscriber> subscribers, List<DeliveryListener> listeners) {
    this(subscribers, listeners, Optional.empty(), EventTracing.NONE);
  }

  /** {@code subscribers} and {@code listeners}, each event's trace kept by {@code tracing}. */
  public EventConsumers(
      List<EventSubscriber> subscribers, List<DeliveryListener> listeners, EventTracing tracing) {
    this(subscribers, listeners, Optional.empty(), tracing);
  }

  /** {@code subscribers} delivered to through {@code broker}. */
  public static EventConsumers onBroker(
      List<EventSubscriber> subscribers,
      List<DeliveryListener> listeners,
      Broker broker,
      EventTracing tracing) {
    return new EventConsumers(subscribers, listeners, Optional.of(broker), tracing);
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
