package dev.kassa.adapters.kafka;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.events.EventTracing;
import dev.kassa.application.events.UnpublishedEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Domain events on Kafka, running: the relay publishing the outbox to the events topic, and one
 * consumer per subscriber in the subscriber's group. Several workers (processes) share the work:
 * the relays claim disjoint outbox rows, and each group spreads its partitions over its members.
 * Closing stops reading, lets the batch and deliveries in flight finish within a deadline, commits
 * their offsets and leaves the rest for the next start.
 */
public final class KafkaWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaWorker.class);

  private final KafkaSettings settings;
  private final KafkaProducer<String, byte[]> relayProducer;
  private final KafkaProducer<String, byte[]> retryProducer;
  private final List<Loop> loops = new ArrayList<>();

  private KafkaWorker(
      KafkaSettings settings,
      UnpublishedEvents outbox,
      AppliedEvents applied,
      BrokerDeliveries outcomes,
      List<EventSubscriber> subscribers,
      EventTracing tracing) {
    this.settings = settings;
    var topics = new KafkaTopics(settings, subscribers);
    relayProducer = KafkaClients.producer(settings, "kassa-relay");
    retryProducer = KafkaClients.producer(settings, "kassa-retries");
    var relay = new OutboxRelay(settings, outbox, relayProducer);
    loops.add(
        Loop.start(
            "kassa-kafka-relay",
            () -> {
              topics.ensure();
              return relay.publishBatch();
            },
            () -> {}));
    var retries = new RetryTopics(settings, retryProducer, Clock.systemUTC());
    for (var subscriber : subscribers) {
      var consumer =
          new SubscriberConsumer(
              settings,
              subscriber,
              applied,
              outcomes,
              KafkaClients.consumer(settings, settings.consumerGroup(subscriber.name())),
              retries,
              tracing,
              Clock.systemUTC());
      loops.add(
          Loop.start(
              "kassa-kafka-" + subscriber.name(),
              () -> {
                topics.ensure();
                return consumer.pollOnce();
              },
              consumer::close));
    }
    LOG.info(
        "Kafka worker started: topic {}, subscribers {}",
        settings.topic(),
        subscribers.stream().map(EventSubscriber::name).toList());
  }

  /**
   * Starts the relay and the subscribers' consumers, which first create the topics that are
   * missing. Kafka need not be up yet. The consumers record what they applied in {@code applied}
   * and their failed attempts in {@code outcomes}.
   */
  public static KafkaWorker start(
      KafkaSettings settings,
      UnpublishedEvents outbox,
      AppliedEvents applied,
      BrokerDeliveries outcomes,
      List<EventSubscriber> subscribers) {
    return start(settings, outbox, applied, outcomes, subscribers, EventTracing.NONE);
  }

  /**
   * Starts as {@link #start(KafkaSettings, UnpublishedEvents, AppliedEvents, BrokerDeliveries,
   * List)} does, each delivery running inside the trace its record carries.
   */
  public static KafkaWorker start(
      KafkaSettings settings,
      UnpublishedEvents outbox,
      AppliedEvents applied,
      BrokerDeliveries outcomes,
      List<EventSubscriber> subscribers,
      EventTracing tracing) {
    return new KafkaWorker(settings, outbox, applied, outcomes, List.copyOf(subscribers), tracing);
  }

  @Override
  public void close() {
    loops.forEach(Loop::stop);
    var deadline = settings.sendTimeout().plusSeconds(5);
    for (var loop : loops) {
      if (!loop.await(deadline)) {
        LOG.warn("a Kafka loop did not stop within {}", deadline);
      }
    }
    relayProducer.close(Duration.ofSeconds(5));
    retryProducer.close(Duration.ofSeconds(5));
    LOG.info("Kafka worker stopped");
  }
}
