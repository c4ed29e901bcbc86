package dev.kassa.adapters.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Sends failed deliveries on: to the subscriber's retry topic with the count of failed attempts and
 * when the next one is due (exponential backoff with jitter), or, once {@code maxAttempts} have
 * failed, to its dead-letter topic with the error. Each send waits for the broker's
 * acknowledgement, so the consumer commits its offset only after the failure is recorded.
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

  void failed(String subscriber, ConsumerRecord<String, byte[]> record, int attempts, Exception e) {
    if (attempts >= settings.maxAttempts()) {
      deadLetter(subscriber, record, attempts, e);
      return;
    }
    var delay = settings.retryDelay(attempts).toMillis();
    var jittered = delay - ThreadLocalRandom.current().nextLong(delay / 5 + 1);
    var retry = copy(settings.retryTopic(subscriber), record, attempts);
    header(retry, Delivery.NOT_BEFORE, String.valueOf(clock.millis() + jittered));
    send(retry);
  }

  void deadLetter(
      String subscriber, ConsumerRecord<String, byte[]> record, int attempts, Exception e) {
    var dead = copy(settings.deadLetterTopic(subscriber), record, attempts);
    header(dead, Delivery.ERROR, String.valueOf(e));
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
