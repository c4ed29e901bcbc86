package dev.kassa.adapters.memory;

import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The publication of the in-memory outbox: which events are published, and the relays' leases on
 * the others. Claims run as units of work, which run one at a time, so no event is handed out twice
 * at once; the ordering rule is checked as in SQL.
 */
public final class InMemoryUnpublishedEvents implements UnpublishedEvents {

  private final InMemoryTransactions transactions;
  private final InMemoryOutbox outbox;
  private final Clock clock;
  private final Table<EventId, Instant> published;
  private final Table<EventId, Instant> leases;

  public InMemoryUnpublishedEvents(
      InMemoryTransactions transactions, InMemoryOutbox outbox, Clock clock) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.clock = clock;
    this.published = new Table<>(transactions);
    this.leases = new Table<>(transactions);
  }

  @Override
  public List<StoredEvent> claim(int limit, Duration lease) {
    if (limit < 1 || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("claim at least one event for a positive lease");
    }
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var heldSubjects = new HashSet<String>();
          var claimed = new ArrayList<StoredEvent>();
          for (var event : unpublished()) {
            var leased = leases.find(event.id()).filter(until -> !until.isBefore(now));
            if (leased.isPresent()) {
              heldSubjects.add(event.subject());
            } else if (!heldSubjects.contains(event.subject()) && claimed.size() < limit) {
              claimed.add(event);
            }
          }
          claimed.forEach(event -> leases.put(event.id(), now.plus(lease)));
          return List.copyOf(claimed);
        });
  }

  @Override
  public void markPublished(Collection<EventId> ids) {
    transactions.run(
        () ->
            ids.forEach(
                id -> {
                  published.put(id, clock.instant());
                  leases.remove(id);
                }));
  }

  @Override
  public void release(Collection<EventId> ids) {
    transactions.run(
        () -> ids.stream().filter(id -> published.find(id).isEmpty()).forEach(leases::remove));
  }

  @Override
  public void republish(EventId id) {
    transactions.run(
        () -> {
          published.remove(id);
          leases.remove(id);
        });
  }

  /** The events not yet published, oldest first. */
  List<StoredEvent> unpublished() {
    return outbox.oldestFirst().stream()
        .filter(event -> published.find(event.id()).isEmpty())
        .toList();
  }
}
