package dev.kassa.application.events;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outbox the use cases append to when events are delivered in the process: each event is
 * scheduled, in the same unit of work, for every subscriber that takes its type, and the workers
 * are woken once the unit commits. Each event is stored with the trace of the work appending it.
 */
public final class DeliveringOutbox implements Outbox {

  private final Outbox outbox;
  private final EventDeliveries deliveries;
  private final EventSubscribers subscribers;
  private final Transactions transactions;
  private final DeliverySignal signal;
  private final EventTracing tracing;
  private final Clock clock;

  public DeliveringOutbox(
      Outbox outbox,
      EventDeliveries deliveries,
      EventSubscribers subscribers,
      Transactions transactions,
      DeliverySignal signal,
      EventTracing tracing,
      Clock clock) {
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.subscribers = subscribers;
    this.transactions = transactions;
    this.signal = signal;
    this.tracing = tracing;
    this.clock = clock;
  }

  /** Stores {@code event} with the trace of the work appending it, if that work is traced. */
  @Override
  public StoredEvent append(DomainEvent event) {
    return append(event, tracing.current());
  }

  @Override
  public StoredEvent append(DomainEvent event, Optional<TraceContext> trace) {
    return scheduled(() -> outbox.append(event, trace));
  }

  @Override
  public StoredEvent appendFirst(DomainEvent event) {
    return appendFirst(event, tracing.current());
  }

  @Override
  public StoredEvent appendFirst(DomainEvent event, Optional<TraceContext> trace) {
    return scheduled(() -> outbox.appendFirst(event, trace));
  }

  @Override
  public List<StoredEvent> appendFirst(List<DomainEvent> events) {
    return appendFirst(events, tracing.current());
  }

  @Override
  public List<StoredEvent> appendFirst(List<DomainEvent> events, Optional<TraceContext> trace) {
    return transactions.inTransaction(
        () -> {
          var stored = outbox.appendFirst(events, trace);
          stored.forEach(this::schedule);
          return stored;
        });
  }

  /** Stores an event with {@code store} and schedules it, in one unit of work. */
  private StoredEvent scheduled(Supplier<StoredEvent> store) {
    return transactions.inTransaction(
        () -> {
          var stored = store.get();
          schedule(stored);
          return stored;
        });
  }

  private void schedule(StoredEvent stored) {
    var names = subscribers.namesFor(stored.event().type());
    if (!names.isEmpty()) {
      deliveries.schedule(stored, names, clock.instant());
      transactions.afterCommit(signal::ring);
    }
  }

  @Override
  public Optional<StoredEvent> find(EventId id) {
    return outbox.find(id);
  }

  @Override
  public Page<StoredEvent> page(EventFilter filter, PageRequest request) {
    return outbox.page(filter, request);
  }

  @Override
  public List<StoredEvent> bySubject(String subject) {
    return outbox.bySubject(subject);
  }
}
