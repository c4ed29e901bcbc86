package dev.kassa.domain.event;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The delivery state of every outbox event with every subscriber that takes it: one row per event
 * and subscriber, {@code pending}, {@code delivered} or {@code dead}. Workers of one or several
 * processes share the due rows through {@link #claim}; the application decides each outcome and
 * {@link #record}s it.
 */
public interface EventDeliveries {

  /**
   * Makes {@code event} pending for each of {@code subscribers}, due at {@code due}, with no
   * attempt, error or lease: a new row, or an existing one reset (a redelivery). Joins the running
   * unit of work.
   */
  void schedule(StoredEvent event, Collection<String> subscribers, Instant due);

  /**
   * Leases up to {@code limit} pending deliveries due at {@code now} and not leased, until {@code
   * now + lease}, in a unit of work of its own committed before it returns, so the deliveries run
   * with none open. Rows locked by a concurrent claim are skipped, so no row is handed out twice at
   * once; a lease that ran out (its worker died) makes the row claimable again. For one subscriber
   * and subject, a row is never claimed while an earlier-sequence row is pending (a {@code dead}
   * one no longer counts), so events go out in order per subject.
   */
  List<ClaimedDelivery> claim(int limit, Instant now, Duration lease);

  /**
   * Stores each outcome for its claimed delivery and ends its lease, all of them at once, except
   * those whose lease was lost (it ran out and someone else claimed the row, or an admin
   * redelivered it); returns the outcomes it stored.
   */
  List<DeliveryOutcome> record(List<DeliveryOutcome> outcomes);

  /** Ends the lease of a claimed delivery not attempted, so it is claimable again at once. */
  void release(ClaimedDelivery claim);

  /** The deliveries of one event, by subscriber name. */
  List<EventDelivery> of(EventId event);

  /** The events with at least one delivery in {@code status}, newest first, as {@code filter}. */
  Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request);

  DeliveryCounts counts();

  /**
   * Since when the oldest pending delivery has waited (empty when none is pending), as {@link
   * #counts()} tells it, for a watch that asks often: a store may read only the pending deliveries
   * here, and nothing else.
   */
  default Optional<Instant> oldestPendingSince() {
    return counts().oldestPendingSince();
  }
}
