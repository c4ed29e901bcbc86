package dev.kassa.application.events;

import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.util.List;

/**
 * One consumer of the domain events: the product cache, outgoing webhooks, mail, Slack... Events
 * reach it at least once and, for one subject, in the order of their {@code sequence}, whichever
 * way they are delivered (workers in the process claiming the outbox, or a Kafka consumer group).
 * It runs with no unit of work open, so it may call the network.
 */
public interface EventSubscriber {

  /** A stable name: it keys the subscriber's delivery state, consumer group and dead letters. */
  String name();

  /** Whether the subscriber takes events of {@code type}; others are never delivered to it. */
  boolean accepts(EventType type);

  /**
   * Applies the event. Must be idempotent per event id: a redelivered event (after a crash, a
   * timeout, a redelivery asked by an admin) changes nothing the first delivery did not.
   *
   * @throws RuntimeException when it could not apply the event now; the delivery is retried with
   *     backoff, then {@code dead}
   */
  void deliver(StoredEvent event);

  /**
   * Prepares the deliveries of {@code events} (one claimed batch, in order): reads at once what
   * they need (the users they concern, the endpoints to call), or applies them all at once where
   * one write does (the inbox's notifications), and returns what then delivers each of them as
   * {@link #deliver} would, from what it read, or tells how its event fared. What it applies here
   * must stay idempotent per event: an event of the batch may be released undelivered and come
   * again. By default nothing is prepared: each event is delivered by {@link #deliver}.
   *
   * @throws RuntimeException when it could not read or write; each of the events' deliveries then
   *     counts as a failed attempt
   */
  default Batch prepare(List<StoredEvent> events) {
    return this::deliver;
  }

  /** Delivers the events of one prepared batch, each as {@link #deliver} does. */
  @FunctionalInterface
  interface Batch {
    void deliver(StoredEvent event);
  }
}
