package dev.kassa.adapters.memory;

import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The delivery state of events on a broker in memory, read as the SQL adapter reads it. */
public final class InMemoryBrokerDeliveries implements BrokerDeliveries {

  private record Key(String subscriber, EventId event) {}

  private final InMemoryTransactions transactions;
  private final InMemoryOutbox outbox;
  private final InMemoryUnpublishedEvents publication;
  private final InMemoryAppliedEvents applied;
  private final Table<Key, EventDelivery> failures;

  public InMemoryBrokerDeliveries(
      InMemoryTransactions transactions,
      InMemoryOutbox outbox,
      InMemoryUnpublishedEvents publication,
      InMemoryAppliedEvents applied) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.publication = publication;
    this.applied = applied;
    this.failures = new Table<>(transactions);
  }

  @Override
  public void recordFailure(EventDelivery failure) {
    if (failure.status() == DeliveryStatus.DELIVERED) {
      throw new IllegalArgumentException("a failure is pending a retry or dead");
    }
    failures.put(new Key(failure.subscriber(), failure.eventId()), failure);
  }

  @Override
  public boolean gaveUp(String subscriber, EventId event) {
    return failures
        .find(new Key(subscriber, event))
        .filter(failure -> failure.status() == DeliveryStatus.DEAD)
        .isPresent();
  }

  @Override
  public List<Recorded> of(EventId event) {
    var appliedAt = applied.of(event);
    var names = new TreeSet<>(appliedAt.keySet());
    failures.rows().filter(f -> f.eventId().equals(event)).forEach(f -> names.add(f.subscriber()));
    var recorded = new ArrayList<Recorded>();
    for (var name : names) {
      recorded.add(
          new Recorded(
              name, appliedAt.get(name), failures.find(new Key(name, event)).orElse(null)));
    }
    return recorded;
  }

  @Override
  public Page<StoredEvent> events(
      EventFilter filter,
      DeliveryStatus status,
      Map<String, Set<EventType>> takers,
      PageRequest request) {
    var matching =
        outbox.newestFirst(filter).stream().filter(event -> has(event, status, takers)).toList();
    return Page.slice(matching, request);
  }

  private boolean has(
      StoredEvent event, DeliveryStatus status, Map<String, Set<EventType>> takers) {
    var id = event.id();
    return switch (status) {
      case DELIVERED -> !applied.of(id).isEmpty();
      case DEAD ->
          failures
              .rows()
              .anyMatch(
                  f ->
                      f.eventId().equals(id)
                          && f.status() == DeliveryStatus.DEAD
                          && !applied.contains(f.subscriber(), id));
      case PENDING ->
          takers.entrySet().stream()
              .anyMatch(
                  taker ->
                      taker.getValue().contains(event.type())
                          && !applied.contains(taker.getKey(), id)
                          && !gaveUp(taker.getKey(), id));
    };
  }

  @Override
  public void forget(String subscriber, EventId event) {
    transactions.run(
        () -> {
          applied.forget(subscriber, event);
          failures.remove(new Key(subscriber, event));
        });
  }

  @Override
  public Counts counts() {
    var unpublished = publication.unpublished();
    var open = failures.rows().filter(f -> !applied.contains(f.subscriber(), f.eventId())).toList();
    return new Counts(
        unpublished.size(),
        unpublished.stream().map(event -> event.event().time()).min(Comparable::compareTo),
        open.stream().filter(f -> f.status() == DeliveryStatus.PENDING).count(),
        applied.count(),
        open.stream().filter(f -> f.status() == DeliveryStatus.DEAD).count());
  }
}
