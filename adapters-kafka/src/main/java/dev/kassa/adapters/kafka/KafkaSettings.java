package dev.kassa.adapters.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how domain events travel on Kafka. {@code topic} carries every event; each subscriber
 * has its consumer group {@code kassa.<subscriber>}, its retry topic {@code
 * <topic>.retry.<subscriber>} and its dead-letter topic {@code <topic>.dlt.<subscriber>}. A
 * delivery that fails is tried again after {@code firstRetry}, doubling up to {@code maxRetry},
 * until {@code maxAttempts} deliveries have failed. {@code sendTimeout} bounds how long a send
 * waits for the broker's acknowledgement; the relay's lease on what it claimed outlasts it.
 */
public record KafkaSettings(
    String bootstrapServers,
    String topic,
    int maxAttempts,
    Duration firstRetry,
    Duration maxRetry,
    Duration sendTimeout) {

  public static final String DEFAULT_TOPIC = "kassa.events";

  public KafkaSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topic, "topic");
    if (bootstrapServers.isBlank() || topic.isBlank()) {
      throw new IllegalArgumentException("bootstrap servers and topic are required");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts counts from 1");
    }
    if (!firstRetry.isPositive() || maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("retry delays must be positive, the first the shortest");
    }
    if (sendTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("sendTimeout must be at least a second");
    }
  }

  /** First retry after a second, doubling up to an hour; sends give up after 30 s. */
  public static KafkaSettings of(String bootstrapServers, String topic, int maxAttempts) {
    return new KafkaSettings(
        bootstrapServers,
        topic,
        maxAttempts,
        Duration.ofSeconds(1),
        Duration.ofHours(1),
        Duration.ofSeconds(30));
  }

  public KafkaSettings withRetries(Duration first, Duration max) {
    return new KafkaSettings(bootstrapServers, topic, maxAttempts, first, max, sendTimeout);
  }

  public KafkaSettings withSendTimeout(Duration timeout) {
    return new KafkaSettings(bootstrapServers, topic, maxAttempts, firstRetry, maxRetry, timeout);
  }

  public String consumerGroup(String subscriber) {
    return "kassa." + subscriber;
  }

  public String retryTopic(String subscriber) {
    return topic + ".retry." + subscriber;
  }

  public String deadLetterTopic(String subscriber) {
    return topic + ".dlt." + subscriber;
  }

  /** The pause before the delivery after the {@code failed}th failure, before jitter. */
  Duration retryDelay(int failed) {
    var doublings = Math.min(failed - 1, 30);
    var delay = firstRetry.multipliedBy(1L << doublings);
    return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
  }
}
