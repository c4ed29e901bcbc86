package dev.kassa.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KafkaWorkerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Clock MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  private static TestBroker broker;

  private final List<KafkaWorker> workers = new ArrayList<>();
  private JooqPorts ports;
  private KafkaSettings settings;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = TestBroker.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @BeforeEach
  void freshOutboxAndTopic() {
    ports = JooqPorts.over(TestDatabase.freshDataSource(), MICROS);
    settings =
        KafkaSettings.of(broker.bootstrapServers(), "events-" + UUID.randomUUID(), 3)
            .withRetries(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withSendTimeout(Duration.ofSeconds(3));
  }

  @AfterEach
  void stopWorkers() {
    workers.forEach(KafkaWorker::close);
  }

  private KafkaWorker worker(Recorder... subscribers) {
    var worker =
        KafkaWorker.start(
            settings,
            ports.unpublishedEvents(),
            ports.appliedEvents(),
            ports.brokerDeliveries(),
            List.of(subscribers));
    workers.add(worker);
    return worker;
  }

  private List<StoredEvent> append(int subjects, int perSubject) {
    var appended = new ArrayList<StoredEvent>();
    for (int round = 0; round < perSubject; round++) {
      for (int subject = 0; subject < subjects; subject++) {
        appended.add(
            ports
                .outbox()
                .append(
                    DomainEvent.of(
                        EventType.TRANSACTION_POSTED,
                        "account-" + subject,
                        MICROS.instant(),
                        Map.of("amount", 100L * round, "currency", "EUR"))));
      }
    }
    return appended;
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void eventsArriveOncePerIdKeyedBySubjectAndInOrderPerSubject() throws Exception {
    // The first sends to a fresh topic can take seconds on a loaded machine: this test gives them
    // far longer than the others do, so that none times out and reaches the topic twice.
    settings = settings.withSendTimeout(Duration.ofSeconds(30));
    var recorder = Recorder.named("recorder");
    worker(recorder);
    var appended = append(5, 4);

    var records = broker.read(settings.topic(), appended.size(), PATIENCE);
    await(() -> recorder.applied().size() == appended.size());

    var published = records.stream().map(record -> CloudEventJson.read(record.value())).toList();
    assertThat(published).containsExactlyInAnyOrderElementsOf(appended);
    assertThat(records)
        .allSatisfy(
            record -> {
              assertThat(record.key()).isEqualTo(CloudEventJson.read(record.value()).subject());
              assertThat(header(record, "content-type")).isEqualTo("application/cloudevents+json");
            });
    assertThat(published.stream().collect(Collectors.groupingBy(StoredEvent::subject)))
        .allSatisfy(
            (subject, events) ->
                assertThat(events)
                    .extracting(StoredEvent::sequence)
                    .containsExactly(1L, 2L, 3L, 4L));
    assertThat(recorder.applied()).containsExactlyInAnyOrderElementsOf(appended);
    assertThat(recorder.applied().stream().collect(Collectors.groupingBy(StoredEvent::subject)))
        .allSatisfy(
            (subject, events) ->
                assertThat(events)
                    .extracting(StoredEvent::sequence)
                    .containsExactly(1L, 2L, 3L, 4L));
  }

  @Test
  void theEventJsonIsACloudEventInStructuredMode() throws Exception {
    worker();
    var event = append(1, 1).getFirst();

    var json =
        new String(
            broker.read(settings.topic(), 1, PATIENCE).getFirst().value(), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/kassa\",\"type\":\"transaction.posted\",\"subject\":\"account-0\",\"time\":\"%s\",\"datacontenttype\":\"application/json\",\"sequence\":1,\"data\":{\"amount\":0,\"currency\":\"EUR\"}}"
                .formatted(event.id(), event.event().time()));
  }

  @Test
  void eventsWaitInTheOutboxWhileTheBrokerIsDownAndNoneIsLost() throws Exception {
    var recorder = Recorder.named("survivor");
    worker(recorder);
    var before = append(3, 2);
    await(() -> recorder.applied().size() == before.size());

    broker.stopBroker();
    List<StoredEvent> during;
    try {
      during = append(3, 3);
      Thread.sleep(settings.sendTimeout().plusSeconds(1).toMillis());
      assertThat(recorder.applied()).hasSize(before.size());
    } finally {
      broker.startBroker();
    }
    await(() -> recorder.applied().size() >= before.size() + during.size());

    var everything = new ArrayList<>(before);
    everything.addAll(during);
    assertThat(recorder.applied()).containsExactlyInAnyOrderElementsOf(everything);
    assertThat(ports.unpublishedEvents().claim(100, Duration.ofSeconds(1))).isEmpty();
  }

  @Test
  void aWorkerStartedWhileKafkaIsDownDeliversOnceItIsUp() throws Exception {
    var recorder = Recorder.named("patient");
    broker.stopBroker();
    List<StoredEvent> appended;
    try {
      worker(recorder);
      appended = append(2, 2);
      Thread.sleep(1_000);
    } finally {
      broker.startBroker();
    }

    await(() -> recorder.applied().size() >= appended.size());

    assertThat(recorder.applied()).containsExactlyInAnyOrderElementsOf(appended);
  }

  @Test
  void twoWorkersInOneGroupShareThePartitionsAndApplyEachEventOnce() throws Exception {
    var first = Recorder.named("shared");
    var second = Recorder.named("shared");
    worker(first);
    worker(second);
    await(() -> broker.membersWithPartitions(settings.consumerGroup("shared")) == 2);

    var appended = append(16, 3);
    await(() -> first.applied().size() + second.applied().size() >= appended.size());

    var applied = new ArrayList<>(first.applied());
    applied.addAll(second.applied());
    assertThat(applied).containsExactlyInAnyOrderElementsOf(appended);
    assertThat(first.applied()).isNotEmpty();
    assertThat(second.applied()).isNotEmpty();
    assertThat(first.applied())
        .extracting(StoredEvent::subject)
        .doesNotContainAnyElementsOf(second.applied().stream().map(StoredEvent::subject).toList());
  }

  @Test
  void aDeliveryThatKeepsFailingEndsInTheDeadLetterTopicAfterMaxAttempts() throws Exception {
    var failing = new Recorder("failing", Integer.MAX_VALUE);
    worker(failing);
    var event = append(1, 1).getFirst();

    var dead = broker.read(settings.deadLetterTopic("failing"), 1, PATIENCE);

    assertThat(dead).hasSize(1);
    assertThat(CloudEventJson.read(dead.getFirst().value())).isEqualTo(event);
    assertThat(dead.getFirst().key()).isEqualTo(event.subject());
    assertThat(header(dead.getFirst(), Delivery.ATTEMPTS)).isEqualTo("3");
    assertThat(header(dead.getFirst(), Delivery.ERROR)).contains("the subscriber is down");
    assertThat(failing.calls()).isEqualTo(3);
    assertThat(broker.read(settings.retryTopic("failing"), 3, Duration.ofSeconds(2)))
        .extracting(record -> header(record, Delivery.ATTEMPTS))
        .containsExactly("1", "2");
  }

  @Test
  void aDeliveryThatFailsLessThanMaxAttemptsIsAppliedOnceAfterItsRetries() throws Exception {
    var flaky = new Recorder("flaky", 2);
    worker(flaky);
    var event = append(1, 1).getFirst();

    await(() -> flaky.applied().size() == 1);

    assertThat(flaky.applied()).containsExactly(event);
    assertThat(flaky.calls()).isEqualTo(3);
    assertThat(broker.read(settings.deadLetterTopic("flaky"), 1, Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void aRedeliveredEventIsAppliedOnce() throws Exception {
    var recorder = Recorder.named("once");
    worker(recorder);
    var event = append(1, 1).getFirst();
    await(() -> recorder.applied().size() == 1);

    broker.publish(settings.topic(), event);
    var marker = append(1, 1).getFirst();
    await(() -> recorder.appliedIds().contains(marker.id()));

    assertThat(recorder.appliedIds()).containsExactly(event.id(), marker.id());
    assertThat(ports.appliedEvents().contains("once", event.id())).isTrue();
  }
}
