package dev.kassa.adapters.memory;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.payment.ReceivedEventId;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Received provider events in memory, keyed by provider and event id. {@link #addIfNew} runs in a
 * unit of work, and units run one at a time: a second delivery sees the first once its unit has
 * committed, and finds nothing when it rolled back.
 */
public final class InMemoryReceivedEvents implements ReceivedEvents {

  private record Key(String provider, String eventId) {}

  private record Row(ReceivedEvent event, long seq) {}

  private static final Comparator<Row> NEWEST_FIRST =
      Comparator.comparing((Row row) -> row.event().receivedAt())
          .thenComparingLong(Row::seq)
          .reversed();

  private final InMemoryTransactions transactions;
  private final Table<Key, Row> events;
  private final Table<ReceivedEventId, Key> keys;
  private final AtomicLong sequence = new AtomicLong();

  public InMemoryReceivedEvents(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.events = new Table<>(transactions);
    this.keys = new Table<>(transactions);
  }

  @Override
  public boolean addIfNew(ReceivedEvent event) {
    var key = new Key(event.provider(), event.eventId());
    return transactions.inTransaction(
        () -> {
          if (events.insert(key, new Row(event, sequence.incrementAndGet()))) {
            if (!keys.insert(event.id(), key)) {
              throw new IllegalArgumentException("received event " + event.id() + " exists");
            }
            return true;
          }
          var row = events.find(key).orElseThrow();
          events.put(key, new Row(row.event().redelivered(event.receivedAt()), row.seq()));
          return false;
        });
  }

  @Override
  public void complete(ReceivedEventId id, EventOutcome outcome) {
    transactions.run(
        () -> {
          var key = keys.find(id).orElseThrow(() -> new NotFoundException("received event", id));
          var row = events.find(key).orElseThrow();
          events.put(key, new Row(row.event().completed(outcome), row.seq()));
        });
  }

  @Override
  public Optional<ReceivedEvent> find(String provider, String eventId) {
    return events.find(new Key(provider, eventId)).map(Row::event);
  }

  @Override
  public Page<ReceivedEvent> page(PageRequest request) {
    return Page.slice(events.rows().sorted(NEWEST_FIRST).map(Row::event).toList(), request);
  }
}
