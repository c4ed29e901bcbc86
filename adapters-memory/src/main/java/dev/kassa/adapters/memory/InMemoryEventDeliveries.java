package dev.kassa.adapters.memory;

import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Delivery state in memory. Claims run as units of work, which run one at a time, so no row is
 * leased twice at once; the ordering rule is checked as in SQL.
 */
public final class InMemoryEventDeliveries implements EventDeliveries {

  private record Key(EventId event, String subscriber) {}

  private record Row(
      StoredEvent event,
      EventDelivery delivery,
      Instant pendingSince,
      Instant leasedUntil,
      UUID lease) {

    Row leased(Instant until, UUID token) {
      return new Row(event, delivery, pendingSince, until, token);
    }

    boolean pending() {
      return delivery.status() == DeliveryStatus.PENDING;
    }

    boolean holds(ClaimedDelivery claim) {
      return claim.lease().equals(lease);
    }
  }

  private final InMemoryTransactions transactions;
  private final InMemoryOutbox outbox;
  private final Table<Key, Row> rows;

  public InMemoryEventDeliveries(InMemoryTransactions transactions, InMemoryOutbox outbox) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.rows = new Table<>(transactions);
  }

  @Override
  public void schedule(StoredEvent event, Collection<String> subscribers, Instant due) {
    transactions.run(
        () ->
            subscribers.forEach(
                name ->
                    rows.put(
                        new Key(event.id(), name),
                        new Row(
                            event,
                            EventDelivery.pending(event.id(), name, due),
                            due,
                            null,
                            null))));
  }

  @Override
  public List<ClaimedDelivery> claim(int limit, Instant now, Duration lease) {
    return transactions.inTransaction(
        () ->
            rows.rows()
                .filter(row -> row.pending() && !row.delivery().nextAttemptAt().isAfter(now))
                .filter(row -> row.leasedUntil() == null || !row.leasedUntil().isAfter(now))
                .filter(row -> !waitsForEarlier(row))
                .sorted(Comparator.comparing((Row row) -> row.delivery().nextAttemptAt()))
                .limit(limit)
                .map(row -> lease(row, now.plus(lease)))
                .toList());
  }

  private ClaimedDelivery lease(Row row, Instant until) {
    var token = UUID.randomUUID();
    rows.put(key(row.delivery()), row.leased(until, token));
    return new ClaimedDelivery(row.event(), row.delivery(), token);
  }

  private boolean waitsForEarlier(Row row) {
    return rows.rows()
        .anyMatch(
            other ->
                other.pending()
                    && other.delivery().subscriber().equals(row.delivery().subscriber())
                    && other.event().subject().equals(row.event().subject())
                    && other.event().sequence() < row.event().sequence());
  }

  @Override
  public List<DeliveryOutcome> record(List<DeliveryOutcome> outcomes) {
    return transactions.inTransaction(() -> outcomes.stream().filter(this::stored).toList());
  }

  private boolean stored(DeliveryOutcome recorded) {
    var key = key(recorded.claim().delivery());
    var row = rows.find(key).filter(found -> found.holds(recorded.claim()));
    row.ifPresent(
        found -> {
          var outcome = recorded.outcome();
          var since = outcome.status() == DeliveryStatus.PENDING ? found.pendingSince() : null;
          rows.put(key, new Row(found.event(), outcome, since, null, null));
        });
    return row.isPresent();
  }

  @Override
  public void release(ClaimedDelivery claim) {
    transactions.run(
        () -> {
          var key = key(claim.delivery());
          rows.find(key)
              .filter(found -> found.holds(claim))
              .ifPresent(found -> rows.put(key, found.leased(null, null)));
        });
  }

  @Override
  public List<EventDelivery> of(EventId event) {
    return rows.rows()
        .filter(row -> row.event().id().equals(event))
        .map(Row::delivery)
        .sorted(Comparator.comparing(EventDelivery::subscriber))
        .toList();
  }

  @Override
  public Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request) {
    Objects.requireNonNull(status, "status");
    var matching =
        outbox.newestFirst(filter).stream()
            .filter(
                event ->
                    rows.rows()
                        .anyMatch(
                            row ->
                                row.event().id().equals(event.id())
                                    && row.delivery().status() == status))
            .toList();
    return Page.slice(matching, request);
  }

  @Override
  public DeliveryCounts counts() {
    var all = rows.rows().toList();
    return new DeliveryCounts(
        count(all, DeliveryStatus.PENDING),
        count(all, DeliveryStatus.DELIVERED),
        count(all, DeliveryStatus.DEAD),
        all.stream().filter(Row::pending).map(Row::pendingSince).min(Comparator.naturalOrder()));
  }

  private static long count(List<Row> rows, DeliveryStatus status) {
    return rows.stream().filter(row -> row.delivery().status() == status).count();
  }

  private static Key key(EventDelivery delivery) {
    return new Key(delivery.eventId(), delivery.subscriber());
  }
}
