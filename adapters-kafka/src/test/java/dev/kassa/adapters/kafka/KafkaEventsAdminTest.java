package dev.kassa.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.events.EventConsumers;
import dev.kassa.application.events.EventTracing;
import dev.kassa.application.events.EventView;
import dev.kassa.application.events.KassaEvents;
import dev.kassa.application.events.RedeliverEvent;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin views, redelivery and lag check of the events when Kafka delivers them: what a server
 * shows of the deliveries made by a worker's consumer groups, on a real broker and database.
 */
class KafkaEventsAdminTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Clock MICROS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  private static final Actor ADMIN = new Actor(UserId.newId(), Role.ADMIN);
  private static final int MAX_ATTEMPTS = 3;
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
        KafkaSettings.of(broker.bootstrapServers(), "events-" + UUID.randomUUID(), MAX_ATTEMPTS)
            .withRetries(Duration.ofMillis(100), Duration.ofSeconds(1))
            .withSendTimeout(Duration.ofSeconds(3));
  }

  @AfterEach
  void stopWorkers() {
    workers.forEach(KafkaWorker::close);
  }

  /** A server's events, on Kafka: it delivers nothing itself and reads the consumers' records. */
  private KassaEvents server(Clock clock, Recorder... subscribers) {
    return KassaEvents.assemble(
        ports.transactions(),
        ports.outbox(),
        ports.eventDeliveries(),
        EventConsumers.onBroker(
            List.of(subscribers),
            List.of(),
            new EventConsumers.Broker(ports.brokerDeliveries(), ports.unpublishedEvents()),
            EventTracing.NONE),
        MAX_ATTEMPTS,
        Duration.ofMinutes(1),
        URI.create("/kassa-test"),
        clock);
  }

  private void worker(Recorder... subscribers) {
    workers.add(
        KafkaWorker.start(
            settings,
            ports.unpublishedEvents(),
            ports.appliedEvents(),
            ports.brokerDeliveries(),
            List.of(subscribers)));
  }

  private static StoredEvent append(KassaEvents events, String subject) {
    return events
        .outbox()
        .append(DomainEvent.of(EventType.STOCK_ADJUSTED, subject, MICROS.instant(), Map.of()));
  }

  private static EventDelivery deliveryOf(KassaEvents events, StoredEvent event, String name) {
    return events.getEvent().execute(ADMIN, event.id()).deliveries().stream()
        .filter(delivery -> delivery.subscriber().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<StoredEvent> listed(KassaEvents events, DeliveryStatus status) {
    return events
        .listEvents()
        .execute(ADMIN, EventFilter.all(), status, PageRequest.first(50))
        .items()
        .stream()
        .map(EventView::event)
        .toList();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void theAdminViewShowsEachSubscribersStateAndFiltersByIt() throws Exception {
    var steady = Recorder.named("steady");
    var broken = new Recorder("broken", Integer.MAX_VALUE);
    var events = server(MICROS, steady, broken);
    var event = append(events, "product-1");

    var before = events.getEvent().execute(ADMIN, event.id()).deliveries();
    assertThat(before)
        .extracting(EventDelivery::subscriber, EventDelivery::status, EventDelivery::attempts)
        .containsExactly(
            tuple("broken", DeliveryStatus.PENDING, 0), tuple("steady", DeliveryStatus.PENDING, 0));
    assertThat(listed(events, DeliveryStatus.PENDING)).containsExactly(event);
    assertThat(listed(events, DeliveryStatus.DELIVERED)).isEmpty();

    worker(steady, broken);
    await(() -> deliveryOf(events, event, "broken").status() == DeliveryStatus.DEAD);
    await(() -> deliveryOf(events, event, "steady").status() == DeliveryStatus.DELIVERED);

    var dead = deliveryOf(events, event, "broken");
    assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(dead.lastError()).isEqualTo("IllegalStateException: the subscriber is down");
    var delivered = deliveryOf(events, event, "steady");
    assertThat(delivered.attempts()).isEqualTo(1);
    assertThat(delivered.deliveredAt()).isNotNull();
    assertThat(listed(events, DeliveryStatus.DEAD)).containsExactly(event);
    assertThat(listed(events, DeliveryStatus.DELIVERED)).containsExactly(event);
    assertThat(listed(events, DeliveryStatus.PENDING)).isEmpty();
    var health = events.checkEventDelivery().execute();
    assertThat(health.counts().dead()).isEqualTo(1);
    assertThat(health.counts().delivered()).isEqualTo(1);
    assertThat(health.unpublished()).hasValue(0);
  }

  @Test
  void aRedeliveredDeadEventGoesOnceMoreToThatSubscriberOnly() throws Exception {
    var steady = Recorder.named("steady");
    var late = new Recorder("late", MAX_ATTEMPTS);
    var events = server(MICROS, steady, late);
    worker(steady, late);
    var event = append(events, "product-2");
    await(() -> deliveryOf(events, event, "late").status() == DeliveryStatus.DEAD);
    await(() -> steady.appliedIds().contains(event.id()));

    var result =
        events.redeliverEvent().execute(ADMIN, new RedeliverEvent.Command(event.id(), "late"));

    assertThat(result.subscribers()).containsExactly("late");
    await(() -> late.appliedIds().contains(event.id()));
    var marker = append(events, "product-2");
    await(() -> steady.appliedIds().contains(marker.id()));

    assertThat(late.appliedIds()).containsExactly(event.id());
    assertThat(steady.appliedIds()).containsExactly(event.id(), marker.id());
    assertThat(steady.calls()).isEqualTo(2);
    var redelivered = deliveryOf(events, event, "late");
    assertThat(redelivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(redelivered.attempts()).isEqualTo(1);
    assertThat(listed(events, DeliveryStatus.DEAD)).isEmpty();
  }

  @Test
  void theLagCountsTheEventsNotPublishedWhileTheBrokerIsDown() throws Exception {
    var steady = Recorder.named("steady");
    var later = Clock.offset(MICROS, Duration.ofMinutes(5));
    var events = server(later, steady);
    worker(steady);
    var first = append(events, "product-3");
    await(() -> steady.appliedIds().contains(first.id()));
    await(() -> events.checkEventDelivery().execute().unpublished().orElseThrow() == 0);
    assertThat(events.checkEventDelivery().execute().lagging()).isFalse();

    broker.stopBroker();
    try {
      var waiting = append(events, "product-3");
      var health = events.checkEventDelivery().execute();

      assertThat(health.unpublished()).hasValue(1);
      assertThat(health.lagging()).isTrue();
      assertThat(health.lag()).isGreaterThan(Duration.ofMinutes(4));
      assertThat(deliveryOf(events, waiting, "steady").status()).isEqualTo(DeliveryStatus.PENDING);
    } finally {
      broker.startBroker();
    }
    await(() -> events.checkEventDelivery().execute().unpublished().orElseThrow() == 0);

    var health = events.checkEventDelivery().execute();
    assertThat(health.lagging()).isFalse();
    assertThat(health.lag()).isZero();
  }
}
