package dev.kassa.domain.event;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox: where use cases declare their domain events. An event appended inside a
 * unit of work is stored exactly when that unit commits, so a rolled-back change leaves no event
 * and a committed one leaves its events. Delivery reads from here afterwards.
 */
public interface Outbox {

  /**
   * Stores {@code event} in the running unit of work (or in one of its own outside any), with its
   * subject's next sequence: the subject's committed events carry 1, 2, 3... in commit order,
   * without gaps or repeats, however many units append for one subject at once. Appends for one
   * subject wait for each other until the earlier unit ends.
   *
   * @throws IllegalArgumentException when an event of that id exists already
   */
  default StoredEvent append(DomainEvent event) {
    return append(event, Optional.empty());
  }

  /**
   * Stores {@code event} as {@link #append(DomainEvent)} does, with the {@code trace} of the work
   * that declared it, so that its deliveries continue that trace.
   *
   * @throws IllegalArgumentException when an event of that id exists already
   */
  StoredEvent append(DomainEvent event, Optional<TraceContext> trace);

  /**
   * Stores {@code event}, the first event of its subject (an id made for the change that declares
   * it: a new transfer's, a new posting's), as {@link #append(DomainEvent, Optional)} does: its
   * sequence is 1. Knowing that, a store may hold it back with others until the unit of work
   * commits, with no counter to read first. Should the subject have events already, the event gets
   * its subject's next sequence all the same, perhaps more slowly.
   *
   * @throws IllegalArgumentException when an event of that id exists already
   */
  default StoredEvent appendFirst(DomainEvent event, Optional<TraceContext> trace) {
    return append(event, trace);
  }

  /** As {@link #appendFirst(DomainEvent, Optional)}, without a trace. */
  default StoredEvent appendFirst(DomainEvent event) {
    return appendFirst(event, Optional.empty());
  }

  /**
   * Stores {@code events}, the first events of one new subject, in the order given, as {@link
   * #appendFirst(DomainEvent, Optional)} stores one: their sequences are 1, 2, 3... (a new order's
   * placement and its payment, say).
   *
   * @throws IllegalArgumentException when the events are not all of one subject, or an event of one
   *     of their ids exists already
   */
  default List<StoredEvent> appendFirst(List<DomainEvent> events, Optional<TraceContext> trace) {
    DomainEvent.subjectOf(events);
    var stored = new ArrayList<StoredEvent>(events.size());
    for (var event : events) {
      stored.add(stored.isEmpty() ? appendFirst(event, trace) : append(event, trace));
    }
    return List.copyOf(stored);
  }

  /** As {@link #appendFirst(List, Optional)}, without a trace. */
  default List<StoredEvent> appendFirst(List<DomainEvent> events) {
    return appendFirst(events, Optional.empty());
  }

  Optional<StoredEvent> find(EventId id);

  /** The events that match {@code filter}, newest (last appended) first. */
  Page<StoredEvent> page(EventFilter filter, PageRequest request);

  /** Every event of {@code subject}, in sequence order. */
  List<StoredEvent> bySubject(String subject);
}
