package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where each event stands with each of its subscribers, however the events are delivered: by this
 * process's workers ({@link InProcessStates}) or through a message broker ({@link BrokerStates}).
 */
interface DeliveryStates {

  /**
   * The counts per status, the time since when the oldest undelivered event has waited, and (with a
   * broker) how many events are not yet published.
   */
  record Backlog(DeliveryCounts counts, OptionalLong unpublished) {}

  /** The state of {@code event} with each of its subscribers, by subscriber name. */
  List<EventDelivery> of(StoredEvent event);

  /** The events, newest first, with at least one subscriber in {@code status}. */
  Page<StoredEvent> events(EventFilter filter, DeliveryStatus status, PageRequest request);

  /**
   * Makes {@code event} go again to {@code subscribers}, from its first attempt. Joins the running
   * unit of work.
   */
  void redeliver(StoredEvent event, List<String> subscribers);

  Backlog backlog();

  /**
   * Since when the oldest undelivered event has waited, as {@link #backlog()} tells it, without
   * counting the rest: for a watch that asks every few seconds.
   */
  Optional<Instant> oldestWaiting();
}
