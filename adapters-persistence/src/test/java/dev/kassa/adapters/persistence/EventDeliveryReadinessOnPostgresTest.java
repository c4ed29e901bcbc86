package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.JooqEventDeliveries.READY_SWEEP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A delivery scheduled behind a pending earlier event of its subject is not claimable until that
 * event's delivery completes, which readies it; when the two cross (neither sees the other), a
 * claim readies it within {@link JooqEventDeliveries#READY_SWEEP}.
 */
class EventDeliveryReadinessOnPostgresTest {

  private static final Instant NOW = TestTime.now();
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final String SUBSCRIBER = "inbox";

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);

  @Test
  void aLaterEventScheduledWhileTheEarlierOneCompletedIsReadiedByAClaimASecondLater()
      throws Exception {
    var subject = UUID.randomUUID().toString();
    var first = scheduled(subject);
    var claimed = ports.eventDeliveries().claim(10, NOW, LEASE);
    assertThat(claimed).extracting(ClaimedDelivery::event).containsExactly(first);

    var scheduling = new CountDownLatch(1);
    var commit = new CountDownLatch(1);
    var second =
        CompletableFuture.supplyAsync(
            () ->
                ports
                    .transactions()
                    .inTransaction(
                        () -> {
                          var stored = ports.outbox().append(event(subject));
                          ports.eventDeliveries().schedule(stored, List.of(SUBSCRIBER), NOW);
                          scheduling.countDown();
                          await(commit);
                          return stored;
                        }));
    await(scheduling);
    var completed =
        ports
            .eventDeliveries()
            .record(
                List.of(
                    new DeliveryOutcome(
                        claimed.getFirst(), claimed.getFirst().delivery().delivered(NOW))));
    commit.countDown();
    var later = second.get(60, TimeUnit.SECONDS);

    assertThat(completed).hasSize(1);
    assertThat(readiness(later))
        .as("scheduled behind a pending delivery, whose completion did not see it")
        .isFalse();
    assertThat(ports.eventDeliveries().claim(10, NOW.plus(READY_SWEEP), LEASE))
        .extracting(ClaimedDelivery::event)
        .containsExactly(later);
  }

  @Test
  void aLaterEventIsNotReadyWhileTheEarlierOneIsPendingAndTheFirstOfASubjectIsAtOnce() {
    var subject = UUID.randomUUID().toString();
    var first = scheduled(subject);
    var second = scheduled(subject);
    var other = scheduled(UUID.randomUUID().toString());

    assertThat(readiness(first)).isTrue();
    assertThat(readiness(second)).isFalse();
    assertThat(readiness(other)).isTrue();
    var claimed = ports.eventDeliveries().claim(10, NOW, LEASE);
    assertThat(claimed).extracting(ClaimedDelivery::event).containsExactlyInAnyOrder(first, other);

    var firstClaim =
        claimed.stream().filter(c -> c.event().equals(first)).findFirst().orElseThrow();
    ports
        .eventDeliveries()
        .record(List.of(new DeliveryOutcome(firstClaim, firstClaim.delivery().dead("gone", NOW))));

    assertThat(readiness(second)).isTrue();
    assertThat(ports.eventDeliveries().claim(10, NOW, LEASE))
        .extracting(ClaimedDelivery::event)
        .containsExactly(second);
  }

  private StoredEvent scheduled(String subject) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              var stored = ports.outbox().append(event(subject));
              ports.eventDeliveries().schedule(stored, List.of(SUBSCRIBER), NOW);
              return stored;
            });
  }

  private static DomainEvent event(String subject) {
    return DomainEvent.of(EventType.STOCK_ADJUSTED, subject, NOW, Map.of());
  }

  private boolean readiness(StoredEvent event) {
    try (var connection = dataSource.getConnection();
        var select =
            connection.prepareStatement(
                "select ready from event_deliveries where event_id = ? and subscriber = ?")) {
      select.setObject(1, event.id().value());
      select.setString(2, SUBSCRIBER);
      try (var row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
