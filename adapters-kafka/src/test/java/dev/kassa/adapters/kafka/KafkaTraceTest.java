package dev.kassa.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.events.EventTracing;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event's trace goes through Kafka: the relay sets the W3C headers (and the CloudEvents
 * distributed-tracing attributes, outside {@code data}), retries keep them, and the consumer runs
 * each delivery inside the trace the record carries.
 */
class KafkaTraceTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Clock MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  private static final TraceContext REQUEST =
      new TraceContext(
          "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "kassa=t61rcWkgMzE");
  private static TestBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = TestBroker.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  private record Traced(String subscriber, Optional<TraceContext> trace) {}

  /** Records the trace each delivery runs in. */
  private static final class RecordingTracing implements EventTracing {

    final List<Traced> deliveries = new CopyOnWriteArrayList<>();

    @Override
    public Optional<TraceContext> current() {
      return Optional.empty();
    }

    @Override
    public void deliver(StoredEvent event, String subscriber, Runnable delivery) {
      deliveries.add(new Traced(subscriber, event.trace()));
      delivery.run();
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void theRequestsTraceTravelsInTheRecordHeadersAndTheConsumerDeliversInsideIt() throws Exception {
    var ports = JooqPorts.over(TestDatabase.freshDataSource(), MICROS);
    var settings =
        KafkaSettings.of(broker.bootstrapServers(), "traced-" + UUID.randomUUID(), 3)
            .withRetries(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withSendTimeout(Duration.ofSeconds(3));
    var tracing = new RecordingTracing();
    var flaky = new Recorder("flaky", 1);
    var event =
        ports
            .outbox()
            .append(
                DomainEvent.of(
                    EventType.TRANSACTION_POSTED,
                    "account-1",
                    MICROS.instant(),
                    Map.of("amount", 100L, "currency", "EUR")),
                Optional.of(REQUEST));

    var worker =
        KafkaWorker.start(
            settings,
            ports.unpublishedEvents(),
            ports.appliedEvents(),
            ports.brokerDeliveries(),
            List.of(flaky),
            tracing);
    try {
      var published = broker.read(settings.topic(), 1, PATIENCE).getFirst();
      var retried = broker.read(settings.retryTopic("flaky"), 1, PATIENCE).getFirst();
      var deadline = System.nanoTime() + PATIENCE.toNanos();
      while (flaky.applied().isEmpty()) {
        assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
        Thread.sleep(50);
      }

      assertThat(header(published, "traceparent")).isEqualTo(REQUEST.traceparent());
      assertThat(header(published, "tracestate")).isEqualTo(REQUEST.tracestate());
      assertThat(header(retried, "traceparent")).isEqualTo(REQUEST.traceparent());
      var json = new ObjectMapper().readTree(published.value());
      assertThat(json.get("traceparent").asText()).isEqualTo(REQUEST.traceparent());
      assertThat(json.get("data").has("traceparent")).isFalse();
      assertThat(CloudEventJson.read(published.value())).isEqualTo(event);
    } finally {
      worker.close();
    }
    assertThat(flaky.applied()).containsExactly(event);
    assertThat(tracing.deliveries)
        .hasSize(2)
        .containsOnly(new Traced("flaky", Optional.of(REQUEST)));
  }

  @Test
  void aRecordWithoutTraceHeadersIsDeliveredWithoutATrace() throws Exception {
    var ports = JooqPorts.over(TestDatabase.freshDataSource(), MICROS);
    var settings =
        KafkaSettings.of(broker.bootstrapServers(), "untraced-" + UUID.randomUUID(), 3)
            .withSendTimeout(Duration.ofSeconds(3));
    var tracing = new RecordingTracing();
    var recorder = Recorder.named("plain");
    ports
        .outbox()
        .append(DomainEvent.of(EventType.ACCOUNT_OPENED, "account-2", MICROS.instant(), Map.of()));

    var worker =
        KafkaWorker.start(
            settings,
            ports.unpublishedEvents(),
            ports.appliedEvents(),
            ports.brokerDeliveries(),
            List.of(recorder),
            tracing);
    try {
      var published = broker.read(settings.topic(), 1, PATIENCE).getFirst();
      var deadline = System.nanoTime() + PATIENCE.toNanos();
      while (recorder.applied().isEmpty()) {
        assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
        Thread.sleep(50);
      }

      assertThat(published.headers().lastHeader("traceparent")).isNull();
      assertThat(new ObjectMapper().readTree(published.value()).has("traceparent")).isFalse();
    } finally {
      worker.close();
    }
    assertThat(tracing.deliveries).containsExactly(new Traced("plain", Optional.empty()));
  }
}
