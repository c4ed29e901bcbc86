package dev.kassa.adapters.memory;

import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox in memory. Units of work run one at a time, so reading a subject's last sequence and
 * storing the next one is safe; both are undone with the unit.
 */
public final class InMemoryOutbox implements Outbox {

  /** {@code position} orders every event as appended, like the table's identity column. */
  private record Row(long position, StoredEvent stored) {}

  private final InMemoryTransactions transactions;
  private final Table<EventId, Row> events;
  private final Table<String, Long> lastSequences;
  private final AtomicLong positions = new AtomicLong();

  public InMemoryOutbox(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.events = new Table<>(transactions);
    this.lastSequences = new Table<>(transactions);
  }

  @Override
  public StoredEvent append(DomainEvent event, Optional<TraceContext> trace) {
    return transactions.inTransaction(
        () -> {
          var sequence = lastSequences.find(event.subject()).orElse(0L) + 1;
          var stored = new StoredEvent(event, sequence, trace);
          if (!events.insert(event.id(), new Row(positions.incrementAndGet(), stored))) {
            throw new IllegalArgumentException("event " + event.id() + " exists already");
          }
          lastSequences.put(event.subject(), sequence);
          return stored;
        });
  }

  @Override
  public Optional<StoredEvent> find(EventId id) {
    return events.find(id).map(Row::stored);
  }

  @Override
  public Page<StoredEvent> page(EventFilter filter, PageRequest request) {
    return Page.slice(newestFirst(filter), request);
  }

  /** Every event that matches {@code filter}, newest (last appended) first. */
  List<StoredEvent> newestFirst(EventFilter filter) {
    return events
        .rows()
        .filter(row -> filter.matches(row.stored().event()))
        .sorted(Comparator.comparingLong(Row::position).reversed())
        .map(Row::stored)
        .toList();
  }

  /** Every event, oldest (first appended) first. */
  List<StoredEvent> oldestFirst() {
    return events.rows().sorted(Comparator.comparingLong(Row::position)).map(Row::stored).toList();
  }

  @Override
  public List<StoredEvent> bySubject(String subject) {
    return events
        .rows()
        .map(Row::stored)
        .filter(stored -> stored.subject().equals(subject))
        .sorted(Comparator.comparingLong(StoredEvent::sequence))
        .toList();
  }
}
