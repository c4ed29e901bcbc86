package dev.kassa.bootstrap;

import dev.kassa.adapters.kafka.KafkaSettings;
import dev.kassa.adapters.kafka.KafkaWorker;
import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.LocatedDatabase;
import dev.kassa.adapters.persistence.Migrations;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.events.EventTracing;
import dev.kassa.bootstrap.config.KassaConfig;
import dev.kassa.bootstrap.observability.Observability;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kassa worker}: the domain events on Kafka without the HTTP API. It finds and migrates the
 * database as the server does, then runs the relay publishing the outbox to {@code KAFKA_TOPIC} and
 * each subscriber as a member of its consumer group, each delivery continuing the trace of the
 * request that made the event. Like the server, it serves {@code /metrics} and {@code /health/live}
 * on the management port. Start as many as the topic has partitions; closing one lets its in-flight
 * deliveries finish and commits their offsets.
 */
public final class KassaWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KassaWorker.class);

  private final Observability observability;
  private final LocatedDatabase database;
  private final SharedState shared;
  private final KafkaWorker kafka;

  private KassaWorker(KassaConfig config) {
    var servers = config.integrations().kafkaBootstrapServers();
    if (servers.isEmpty()) {
      throw new IllegalStateException("kassa worker needs KAFKA_BOOTSTRAP_SERVERS");
    }
    observability = Observability.start(config.telemetry());
    try {
      database = KassaServer.locate(config);
    } catch (RuntimeException failed) {
      KassaServer.closeQuietly(observability, failed);
      throw failed;
    }
    shared = SharedState.from(config.integrations());
    try {
      observability.watchPool(database.dataSource());
      Migrations.migrate(database.target());
      var clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
      var storage = JooqPorts.over(database.dataSource(), clock, observability.unitsOfWork());
      var webhooks = OutgoingWebhooks.assemble(storage, config.webhooks(), clock);
      var subscribers =
          Subscribers.from(config.integrations(), storage, shared.productCache(), webhooks, clock)
              .all();
      kafka = startKafka(config, storage, subscribers, observability.events());
    } catch (RuntimeException failed) {
      KassaServer.closeQuietly(shared, failed);
      KassaServer.closeQuietly(database, failed);
      KassaServer.closeQuietly(observability, failed);
      throw failed;
    }
    LOG.info("Kassa worker running ({} database)", database.origin());
  }

  /**
   * Starts the relay and the consumer groups of {@code subscribers} on the Kafka of {@code config},
   * over {@code storage}'s outbox and delivery records, each delivery inside its event's trace.
   */
  static KafkaWorker startKafka(
      KassaConfig config,
      JooqPorts storage,
      List<EventSubscriber> subscribers,
      EventTracing tracing) {
    var settings =
        KafkaSettings.of(
            String.join(",", config.integrations().kafkaBootstrapServers()),
            config.kafka().topic(),
            config.kafka().maxAttempts());
    return KafkaWorker.start(
        settings,
        storage.unpublishedEvents(),
        storage.appliedEvents(),
        storage.brokerDeliveries(),
        subscribers,
        tracing);
  }

  /** The bound management port serving {@code /metrics} and {@code /health/live}, if any. */
  public OptionalInt managementPort() {
    return observability.managementPort();
  }

  /** Starts a worker delivering to every subscriber ({@link Subscribers}); the caller closes it. */
  public static KassaWorker start(KassaConfig config) {
    return new KassaWorker(config);
  }

  @Override
  public void close() {
    LOG.info("Kassa worker stopping");
    kafka.close();
    KassaServer.closeQuietly(shared, null);
    KassaServer.closeQuietly(database, null);
    KassaServer.closeQuietly(observability, null);
    LOG.info("Kassa worker stopped");
  }
}
