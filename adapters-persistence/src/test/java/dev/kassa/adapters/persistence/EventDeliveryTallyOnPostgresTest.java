package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.ScheduledEvents;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The counts of the health check, whose delivered count comes from a tally the statements keep
 * (migration V26), always equal a count of every row by status: through deliveries, retries,
 * deaths, redeliveries and rolled-back units, from several threads at once.
 */
class EventDeliveryTallyOnPostgresTest {

  private static final Instant NOW = TestTime.now();
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final List<String> SUBSCRIBERS = List.of("inbox", "cache", "mail");

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);

  @Test
  void theCountsFollowEveryChangeOfStatus() throws Exception {
    var events = new ArrayList<StoredEvent>();
    for (int i = 0; i < 60; i++) {
      events.add(scheduled(UUID.randomUUID().toString()));
    }
    try (var workers = Executors.newFixedThreadPool(3)) {
      var rounds = new ArrayList<Future<?>>();
      for (int worker = 0; worker < 3; worker++) {
        rounds.add(workers.submit(this::workUntilNoneIsDue));
      }
      for (var round : rounds) {
        round.get();
      }
    }
    assertThat(ports.eventDeliveries().counts()).isEqualTo(counted());
    assertThat(ports.eventDeliveries().counts().delivered()).isPositive();
    assertThat(ports.eventDeliveries().counts().dead()).isPositive();

    events.subList(0, 10).forEach(this::redeliver);
    rolledBackRedelivery(events.get(10));

    assertThat(ports.eventDeliveries().counts()).isEqualTo(counted());
    assertThat(ports.eventDeliveries().counts().pending()).isPositive();
  }

  /** Claims and records until nothing is due: a third delivered, a third dead, a third retried. */
  private Void workUntilNoneIsDue() {
    List<ClaimedDelivery> claimed;
    var round = 0;
    do {
      claimed = ports.eventDeliveries().claim(7, NOW, LEASE);
      var outcomes = new ArrayList<DeliveryOutcome>();
      for (var claim : claimed) {
        var delivery = claim.delivery();
        var outcome =
            switch (Math.floorMod(claim.event().id().hashCode() + round, 3)) {
              case 0 -> delivery.delivered(NOW);
              case 1 -> delivery.dead("gone", NOW);
              default -> delivery.retried("later", NOW.plusSeconds(3_600));
            };
        outcomes.add(new DeliveryOutcome(claim, outcome));
      }
      ports.eventDeliveries().record(outcomes);
      round++;
    } while (!claimed.isEmpty());
    return null;
  }

  private void redeliver(StoredEvent event) {
    ports.transactions().run(() -> ports.eventDeliveries().schedule(event, SUBSCRIBERS, NOW));
  }

  private void rolledBackRedelivery(StoredEvent event) {
    try {
      ports
          .transactions()
          .run(
              () -> {
                ports.eventDeliveries().schedule(event, SUBSCRIBERS, NOW);
                throw new IllegalStateException("rolled back");
              });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("rolled back");
    }
  }

  /** Every row counted by status, as the health check once did. */
  private DeliveryCounts counted() {
    var sql = DSL.using(dataSource, SQLDialect.POSTGRES);
    var byStatus =
        sql.resultQuery("select status, count(*) from event_deliveries group by status")
            .fetchMap(0, 1);
    var oldest =
        sql.resultQuery("select min(pending_since) from event_deliveries where status = 'pending'")
            .fetchOne(0, OffsetDateTime.class);
    return new DeliveryCounts(
        count(byStatus.get("pending")),
        count(byStatus.get("delivered")),
        count(byStatus.get("dead")),
        Optional.ofNullable(oldest).map(OffsetDateTime::toInstant));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private StoredEvent scheduled(String subject) {
    return ScheduledEvents.scheduled(ports, EventType.PRODUCT_UPDATED, subject, NOW, SUBSCRIBERS);
  }
}
