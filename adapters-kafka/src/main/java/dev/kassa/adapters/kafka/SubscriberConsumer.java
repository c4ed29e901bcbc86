package dev.kassa.adapters.kafka;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.events.EventTracing;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One member of a subscriber's consumer group: reads the events topic and the subscriber's retry
 * topic, hands each event to {@link Delivery}, and commits the offsets of a poll only once every
 * outcome is recorded (applied, or sent on to the retry or dead-letter topic). A retry that is not
 * due yet pauses its partition and is read again when it is. Events of one subject arrive in order
 * on the events topic; one that is retried reaches the subscriber after the later ones.
 */
final class SubscriberConsumer {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Consumer<String, byte[]> consumer;
  private final Delivery delivery;
  private final Clock clock;
  private final Map<TopicPartition, Long> pausedUntil = new HashMap<>();
  private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
  private final List<String> topics;
  private boolean subscribed;

  SubscriberConsumer(
      KafkaSettings settings,
      EventSubscriber subscriber,
      AppliedEvents applied,
      BrokerDeliveries outcomes,
      Consumer<String, byte[]> consumer,
      RetryTopics retries,
      EventTracing tracing,
      Clock clock) {
    this.consumer = consumer;
    this.clock = clock;
    this.delivery = new Delivery(subscriber, applied, outcomes, retries, tracing);
    this.topics = List.of(settings.topic(), settings.retryTopic(subscriber.name()));
  }

  /**
   * Reads and delivers what one poll returns, then commits; returns how many were handled. When an
   * outcome cannot be recorded (the database or the broker is down), it commits what was handled,
   * rewinds to the first event that was not, and throws: that event is read again.
   */
  int pollOnce() {
    if (!subscribed) {
      consumer.subscribe(topics, new Forget());
      subscribed = true;
    }
    resumeDue();
    var records = consumer.poll(POLL);
    try {
      return deliver(records);
    } catch (RuntimeException failed) {
      rewind(records);
      throw failed;
    } finally {
      commit();
    }
  }

  private int deliver(ConsumerRecords<String, byte[]> records) {
    var handled = 0;
    for (var partition : records.partitions()) {
      for (var record : records.records(partition)) {
        var notBefore = Delivery.notBefore(record);
        if (notBefore > clock.millis()) {
          consumer.seek(partition, record.offset());
          consumer.pause(List.of(partition));
          pausedUntil.put(partition, notBefore);
          break;
        }
        delivery.handle(record);
        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        handled++;
      }
    }
    return handled;
  }

  private void rewind(ConsumerRecords<String, byte[]> records) {
    for (var partition : records.partitions()) {
      if (!pausedUntil.containsKey(partition)) {
        var next = done.get(partition);
        consumer.seek(
            partition,
            next != null ? next.offset() : records.records(partition).getFirst().offset());
      }
    }
  }

  void close() {
    commit();
    consumer.close();
  }

  private void commit() {
    if (!done.isEmpty()) {
      try {
        consumer.commitSync(done);
      } finally {
        done.clear();
      }
    }
  }

  private void resumeDue() {
    var now = clock.millis();
    var due = pausedUntil.entrySet().stream().filter(e -> e.getValue() <= now).toList();
    due.forEach(entry -> pausedUntil.remove(entry.getKey()));
    if (!due.isEmpty()) {
      consumer.resume(due.stream().map(Map.Entry::getKey).toList());
    }
  }

  /** Partitions taken away are no longer paused or pending here; their new owner reads on. */
  private final class Forget implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(pausedUntil::remove);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(
          partition -> {
            pausedUntil.remove(partition);
            done.remove(partition);
          });
    }
  }
}
