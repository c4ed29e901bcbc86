package dev.kassa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.JooqPorts;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.events.CloudEvents;
import dev.kassa.application.events.EventConsumers;
import dev.kassa.application.events.KassaEvents;
import dev.kassa.application.events.RedeliverEvent;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-process dispatcher on PostgreSQL: each test on a fresh database of its own. */
class EventDispatchTest {

  private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  private static final Actor ADMIN = new Actor(UserId.newId(), Role.ADMIN);

  private DataSource database;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.freshDataSource();
  }

  private final List<EventDelivery> told = new CopyOnWriteArrayList<>();

  /** One Kassa process's event delivery over the shared database. */
  private KassaEvents process(Clock clock, int maxAttempts, Recorder... subscribers) {
    var ports = JooqPorts.over(database, clock);
    return process(ports, ports.transactions(), clock, maxAttempts, subscribers);
  }

  private KassaEvents process(
      JooqPorts ports,
      Transactions transactions,
      Clock clock,
      int maxAttempts,
      Recorder... subscribers) {
    return KassaEvents.assemble(
        transactions,
        ports.outbox(),
        ports.eventDeliveries(),
        new EventConsumers(List.of(subscribers), List.of((event, outcome) -> told.add(outcome))),
        maxAttempts,
        Duration.ofMinutes(1),
        URI.create("/kassa-test"),
        clock);
  }

  private static StoredEvent append(KassaEvents events, String subject, Instant now) {
    return events
        .outbox()
        .append(DomainEvent.of(EventType.STOCK_ADJUSTED, subject, now, Map.of("n", 1)));
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    var end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() - end).as("waited 60 s").isNegative();
      Thread.sleep(20);
    }
  }

  private static EventDelivery deliveryOf(KassaEvents events, StoredEvent event) {
    return events.getEvent().execute(ADMIN, event.id()).deliveries().getFirst();
  }

  // The worker pools only have to run while the events are sent.
  @SuppressWarnings("try")
  @Test
  void twoWorkerPoolsDeliverEveryEventOnceInOrderPerSubjectUnderConcurrentLoad() throws Exception {
    var recorder = new Recorder("recorder", 0, 0);
    var one = process(CLOCK, 12, recorder);
    var two = process(CLOCK, 12, recorder);
    var writers = 8;
    var perWriter = 40;
    try (var poolOne = new EventWorkers(one, 3, Duration.ofSeconds(10));
        var poolTwo = new EventWorkers(two, 3, Duration.ofSeconds(10));
        var threads = Executors.newFixedThreadPool(writers)) {
      var appends =
          IntStream.range(0, writers)
              .mapToObj(
                  writer ->
                      threads.submit(
                          () -> {
                            for (int i = 0; i < perWriter; i++) {
                              var events = (writer + i) % 2 == 0 ? one : two;
                              append(events, "subject-" + (i % 10), CLOCK.instant());
                            }
                          }))
              .toList();
      for (var append : appends) {
        append.get();
      }

      waitUntil(() -> recorder.delivered().size() >= writers * perWriter);
    }

    var delivered = recorder.delivered();
    assertThat(delivered).hasSize(writers * perWriter);
    assertThat(delivered.stream().map(StoredEvent::id)).doesNotHaveDuplicates();
    var bySubject =
        delivered.stream()
            .collect(Collectors.groupingBy(StoredEvent::subject, Collectors.toList()));
    bySubject.forEach(
        (subject, events) ->
            assertThat(events.stream().map(StoredEvent::sequence).toList())
                .as(subject)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .first()
                .isEqualTo(1L));
    var counts = one.checkEventDelivery().execute().counts();
    assertThat(counts.delivered()).isEqualTo(writers * ((long) perWriter));
    assertThat(counts.pending()).isZero();
  }

  @Test
  void theOutcomesOfAClaimedBatchAreRecordedTogetherWithNoUnitOfWorkPerDelivery() {
    var clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    var recorder = new Recorder("recorder", 0, 0);
    var ports = JooqPorts.over(database, clock);
    var units = new CountedUnits(ports.transactions());
    var events = process(ports, units, clock, 12, recorder);
    for (int i = 0; i < 5; i++) {
      append(events, "subject-" + i, clock.instant());
    }
    var before = units.started();

    var claimed = events.dispatchEvents().execute(10, () -> false);

    assertThat(claimed).isEqualTo(5);
    assertThat(units.started() - before).isZero();
    assertThat(recorder.delivered()).hasSize(5);
    assertThat(told).hasSize(5).allMatch(outcome -> outcome.status() == DeliveryStatus.DELIVERED);
    assertThat(events.checkEventDelivery().execute().counts().delivered()).isEqualTo(5);
  }

  /** Counts the outermost units of work started through it. */
  private static final class CountedUnits implements Transactions {
    private final Transactions inner;
    private final AtomicInteger started = new AtomicInteger();

    CountedUnits(Transactions inner) {
      this.inner = inner;
    }

    int started() {
      return started.get();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (!inner.inUnitOfWork()) {
        started.incrementAndGet();
      }
      return inner.inTransaction(work);
    }

    @Override
    public void afterCommit(Runnable action) {
      inner.afterCommit(action);
    }

    @Override
    public boolean inUnitOfWork() {
      return inner.inUnitOfWork();
    }

    @Override
    public <T> T isolated(Supplier<T> work) {
      return inner.isolated(work);
    }
  }

  @Test
  void failedDeliveryComesBackOnlyAfterItsBackoffAndIsDeliveredTheThirdTime() {
    var clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    var flaky = new Recorder("flaky", 2, 0);
    var events = process(clock, 12, flaky);
    var event = append(events, "subject", clock.instant());

    events.dispatchEvents().execute(10, () -> false);
    clock.advance(Duration.ofMillis(700));
    var early = events.dispatchEvents().execute(10, () -> false);
    clock.advance(Duration.ofMillis(600));
    events.dispatchEvents().execute(10, () -> false);
    clock.advance(Duration.ofMillis(1_500));
    var secondEarly = events.dispatchEvents().execute(10, () -> false);
    clock.advance(Duration.ofSeconds(1));
    events.dispatchEvents().execute(10, () -> false);

    assertThat(early).isZero();
    assertThat(secondEarly).isZero();
    assertThat(flaky.attempts()).isEqualTo(3);
    assertThat(flaky.delivered()).containsExactly(event);
    var delivery = deliveryOf(events, event);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.lastError())
        .isEqualTo("IllegalStateException: endpoint refused attempt 2; token=***");
  }

  @Test
  void deliveryIsDeadAfterTheLastAttemptAndARedeliveryStartsItAgain() {
    var clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    var failing = new Recorder("failing", 3, 0);
    var events = process(clock, 3, failing);
    var event = append(events, "subject", clock.instant());

    var claims = new ArrayList<Integer>();
    for (int i = 0; i < 4; i++) {
      claims.add(events.dispatchEvents().execute(10, () -> false));
      clock.advance(Duration.ofHours(1));
    }
    var dead = deliveryOf(events, event);
    var redelivered =
        events.redeliverEvent().execute(ADMIN, new RedeliverEvent.Command(event.id(), null));
    events.dispatchEvents().execute(10, () -> false);

    assertThat(claims).containsExactly(1, 1, 1, 0);
    assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(told)
        .extracting(EventDelivery::status)
        .containsExactly(
            DeliveryStatus.PENDING,
            DeliveryStatus.PENDING,
            DeliveryStatus.DEAD,
            DeliveryStatus.DELIVERED);
    assertThat(redelivered.subscribers()).containsExactly("failing");
    assertThat(failing.delivered()).containsExactly(event);
    assertThat(deliveryOf(events, event).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(new CloudEvents(URI.create("/kassa-test")).render(event))
        .containsEntry("source", "/kassa-test");
  }

  @Test
  void shutdownLetsTheDeliveryInFlightFinishAndClaimsNothingNew() throws InterruptedException {
    var slow = new Recorder("slow", 0, 1_500);
    var events = process(CLOCK, 12, slow);
    for (int i = 0; i < 5; i++) {
      append(events, "subject-" + i, CLOCK.instant());
    }

    var workers = new EventWorkers(events, 1, Duration.ofSeconds(10));
    waitUntil(() -> slow.attempts() == 1);
    workers.close();

    assertThat(slow.delivered()).hasSize(1);
    assertThat(slow.attempts()).isEqualTo(1);
    var counts = events.checkEventDelivery().execute().counts();
    assertThat(counts.delivered()).isEqualTo(1);
    assertThat(counts.pending()).isEqualTo(4);
    var next = process(CLOCK, 12, new Recorder("slow", 0, 0));
    assertThat(next.dispatchEvents().execute(10, () -> false)).isEqualTo(4);
  }
}
