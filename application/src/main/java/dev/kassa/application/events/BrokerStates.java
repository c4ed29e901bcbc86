package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The delivery state when a broker delivers the events, read from what the consumers recorded: a
 * subscriber that applied an event has it {@code delivered} (after its failed attempts, if any);
 * one whose last attempt failed has it {@code pending} a retry or {@code dead}; one that takes the
 * event and left nothing has it {@code pending}, unpublished or on its way. A redelivery forgets
 * what the chosen subscribers recorded and has the event published again: the others skip it, as
 * they applied it or gave up on it.
 */
final class BrokerStates implements DeliveryStates {

  private final BrokerDeliveries broker;
  private final UnpublishedEvents outbox;
  private final EventSubscribers subscribers;

  BrokerStates(BrokerDeliveries broker, UnpublishedEvents outbox, EventSubscribers subscribers) {
    this.broker = broker;
    this.outbox = outbox;
    this.subscribers = subscribers;
  }

  @Override
  public List<EventDelivery> of(StoredEvent event) {
    var states = new TreeMap<String, EventDelivery>();
    for (var name : subscribers.namesFor(event.type())) {
      states.put(name, EventDelivery.pending(event.id(), name, event.event().time()));
    }
    for (var recorded : broker.of(event.id())) {
      states.put(recorded.subscriber(), state(event, recorded));
    }
    return List.copyOf(states.values());
  }

  private static EventDelivery state(StoredEvent event, BrokerDeliveries.Recorded recorded) {
    var failure = recorded.lastFailure();
    if (recorded.appliedAt() == null) {
      return failure != null
          ? failure
          : EventDelivery.pending(event.id(), recorded.subscriber(), event.event().time());
    }
    var before =
        failure != null
            ? new EventDelivery(
                event.id(),
                recorded.subscriber(),
                DeliveryStatus.PENDING,
                failure.attempts(),
                failure.nextAttemptAt(),
                failure.lastError(),
                null)
            : EventDelivery.pending(event.id(), recorded.subscriber(), recorded.appliedAt());
    return before.delivered(recorded.appliedAt());
  }

  @Override
  public Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request) {
    return broker.events(filter, status, takers(), request);
  }

  private Map<String, Set<EventType>> takers() {
    var takers = new LinkedHashMap<String, Set<EventType>>();
    for (var subscriber : subscribers.all()) {
      var types = EnumSet.noneOf(EventType.class);
      for (var type : EventType.values()) {
        if (subscriber.accepts(type)) {
          types.add(type);
        }
      }
      takers.put(subscriber.name(), types);
    }
    return takers;
  }

  @Override
  public void redeliver(StoredEvent event, List<String> names) {
    names.forEach(name -> broker.forget(name, event.id()));
    outbox.republish(event.id());
  }

  @Override
  public Backlog backlog() {
    var counts = broker.counts();
    return new Backlog(
        new DeliveryCounts(
            counts.pending(), counts.delivered(), counts.dead(), counts.oldestUnpublished()),
        OptionalLong.of(counts.unpublished()));
  }

  @Override
  public Optional<Instant> oldestWaiting() {
    return broker.oldestUnpublished();
  }
}
