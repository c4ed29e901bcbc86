package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the events that travel through a message broker stand with their subscribers, as the
 * database knows it: whether each event is published yet ({@link UnpublishedEvents}), which
 * subscribers applied it ({@link AppliedEvents}), and the last failed attempt of each subscriber
 * with it, which its consumer records here: {@code pending} while a retry is due, {@code dead} once
 * the event went to the dead letters.
 */
public interface BrokerDeliveries {

  /**
   * What one subscriber left of one event: when it applied it (null: not applied) and its last
   * failed attempt (null: none failed).
   */
  record Recorded(String subscriber, Instant appliedAt, EventDelivery lastFailure) {}

  /**
   * The outbox's publication backlog and the recorded outcomes: {@code unpublished} events, the
   * time of the oldest of them (empty when all are published), and the subscribers' failures still
   * {@code pending} a retry, applied events ({@code delivered}) and {@code dead} ones not applied.
   */
  record Counts(
      long unpublished,
      Optional<Instant> oldestUnpublished,
      long pending,
      long delivered,
      long dead) {}

  /**
   * Stores a failed attempt ({@code pending} with the time its retry is due, or {@code dead}),
   * replacing what its subscriber recorded of the event before.
   */
  void recordFailure(EventDelivery failure);

  /** Whether {@code subscriber} gave up on {@code event}: its last attempt failed. */
  boolean gaveUp(String subscriber, EventId event);

  /** What each subscriber with a record of {@code event} left of it, by subscriber name. */
  List<Recorded> of(EventId event);

  /**
   * The events, newest first, as {@code filter}, with at least one subscriber in {@code status}:
   * {@code delivered} when one applied it; {@code dead} when one gave up on it and has not applied
   * it; {@code pending} when one of {@code takers} (subscriber name to the types it takes) takes
   * its type and neither applied nor gave up on it.
   */
  Page<StoredEvent> events(
      EventFilter filter,
      DeliveryStatus status,
      Map<String, Set<EventType>> takers,
      PageRequest request);

  /**
   * Forgets that {@code subscriber} applied or failed {@code event}, so its consumer takes the
   * event again. Joins the running unit of work.
   */
  void forget(String subscriber, EventId event);

  Counts counts();

  /**
   * The time of the oldest event not yet published (empty when all are), as {@link #counts()} tells
   * it, for a watch that asks often: a store that counts every applied event to answer {@link
   * #counts()} reads only the unpublished ones here.
   */
  default Optional<Instant> oldestUnpublished() {
    return counts().oldestUnpublished();
  }
}
