package dev.kassa.adapters.kafka;

import dev.kassa.application.events.DeliveryError;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Sends failed deliveries on: to the subscriber's retry topic with the count of failed attempts and
 * when the next one is due (exponential backoff with jitter), or, once {@code maxAttempts} have
 * failed, to its dead-letter topic with the error (credentials masked). Each send waits for the
 * broker's acknowledgement, so the consumer commits its offset only after the failure is recorded.
 */
final class RetryTopics {

  private final KafkaSettings settings;
  private final Producer<String, byte[]> producer;
  private final Clock clock;

  RetryTopics(KafkaSettings settings, Producer<String, byte[]> producer, Clock clock) {
    this.settings = settings;
    this.producer = producer;
    this.clock = clock;
  }

  /**
   * Sends the record of {@code event} whose {@code attempts}th delivery to {@code subscriber}
   * failed on to the retry topic, or to the dead letters after the last attempt.
   *
   * @return the failed delivery as it now stands: pending its retry, or dead
   */
  EventDelivery failed(
      String subscriber,
      StoredEvent event,
      ConsumerRecord<String, byte[]> record,
      int attempts,
      Exception e) {
    var error = DeliveryError.describe(e);
    if (attempts >= settings.maxAttempts()) {
      deadLetter(subscriber, record, attempts, e);
      return new EventDelivery(
          event.id(), subscriber, DeliveryStatus.DEAD, attempts, clock.instant(), error, null);
    }
    var delay = settings.retryDelay(attempts).toMillis();
    var jittered = delay - ThreadLocalRandom.current().nextLong(delay / 5 + 1);
    var due = clock.millis() + jittered;
    var retry = copy(settings.retryTopic(subscriber), record, attempts);
    header(retry, Delivery.NOT_BEFORE, String.valueOf(due));
    send(retry);
    return new EventDelivery(
        event.id(),
        subscriber,
        DeliveryStatus.PENDING,
        attempts,
        Instant.ofEpochMilli(due),
        error,
        null);
  }

  void deadLetter(
      String subscriber, ConsumerRecord<String, byte[]> record, int attempts, Exception e) {
    var dead = copy(settings.deadLetterTopic(subscriber), record, attempts);
    header(dead, Delivery.ERROR, DeliveryError.describe(e));
    send(dead);
  }

  private static ProducerRecord<String, byte[]> copy(
      String topic, ConsumerRecord<String, byte[]> record, int attempts) {
    var copy = new ProducerRecord<>(topic, record.key(), record.value());
    var contentType = record.headers().lastHeader(OutboxRelay.CONTENT_TYPE_HEADER);
    if (contentType != null) {
      copy.headers().add(contentType);
    }
    TraceHeaders.copy(record.headers(), copy.headers());
    header(copy, Delivery.ATTEMPTS, String.valueOf(attempts));
    return copy;
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private void send(ProducerRecord<String, byte[]> record) {
    try {
      producer.send(record).get();
    } catch (ExecutionException failed) {
      throw new KafkaException("could not send to " + record.topic(), failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while sending to " + record.topic(), interrupted);
    }
  }
}
