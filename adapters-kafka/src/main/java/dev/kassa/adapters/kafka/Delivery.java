package dev.kassa.adapters.kafka;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.events.EventTracing;
import dev.kassa.domain.event.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one record to one subscriber and records the outcome: applied (in {@link AppliedEvents},
 * so a redelivery is skipped), or failed and sent on to the retry topic, or to the dead-letter
 * topic after the last attempt; each failure is then recorded in {@link BrokerDeliveries}, for the
 * admins. A copy of an event the subscriber gave up on is skipped too (a redelivery an admin asked
 * for another subscriber), unless an admin redelivered it to this one. An unreadable record goes to
 * the dead letters at once.
 */
final class Delivery {

  static final String ATTEMPTS = "kassa-attempts";
  static final String NOT_BEFORE = "kassa-not-before";
  static final String ERROR = "kassa-error";

  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final EventSubscriber subscriber;
  private final AppliedEvents applied;
  private final BrokerDeliveries outcomes;
  private final RetryTopics retries;
  private final EventTracing tracing;

  Delivery(
      EventSubscriber subscriber,
      AppliedEvents applied,
      BrokerDeliveries outcomes,
      RetryTopics retries,
      EventTracing tracing) {
    this.subscriber = subscriber;
    this.applied = applied;
    this.outcomes = outcomes;
    this.retries = retries;
    this.tracing = tracing;
  }

  void handle(ConsumerRecord<String, byte[]> record) {
    StoredEvent event;
    try {
      event = traced(CloudEventJson.read(record.value()), record);
    } catch (IllegalArgumentException unreadable) {
      retries.deadLetter(subscriber.name(), record, attempts(record), unreadable);
      return;
    }
    var name = subscriber.name();
    if (!subscriber.accepts(event.type())
        || applied.contains(name, event.id())
        || outcomes.gaveUp(name, event.id())) {
      return;
    }
    try {
      var delivered = event;
      tracing.deliver(event, subscriber.name(), () -> subscriber.deliver(delivered));
    } catch (RuntimeException failed) {
      var attempts = attempts(record) + 1;
      LOG.warn(
          "{} failed on event {} (attempt {})", subscriber.name(), event.id(), attempts, failed);
      outcomes.recordFailure(retries.failed(name, event, record, attempts, failed));
      return;
    }
    applied.record(subscriber.name(), event.id());
  }

  /** The event with the trace of the record's headers, which win over its own attributes. */
  private static StoredEvent traced(StoredEvent event, ConsumerRecord<String, byte[]> record) {
    return TraceHeaders.read(record.headers())
        .map(trace -> new StoredEvent(event.event(), event.sequence(), Optional.of(trace)))
        .orElse(event);
  }

  /** How many deliveries of this record's event have failed before. */
  static int attempts(ConsumerRecord<String, byte[]> record) {
    return (int) longHeader(record, ATTEMPTS);
  }

  /** When a retried record is due, in epoch milliseconds; 0 for a first delivery. */
  static long notBefore(ConsumerRecord<String, byte[]> record) {
    return longHeader(record, NOT_BEFORE);
  }

  private static long longHeader(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    if (header == null) {
      return 0;
    }
    try {
      return Long.parseLong(new String(header.value(), StandardCharsets.UTF_8));
    } catch (NumberFormatException malformed) {
      return 0;
    }
  }
}
