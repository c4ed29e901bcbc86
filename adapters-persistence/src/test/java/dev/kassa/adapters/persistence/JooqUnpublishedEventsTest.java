package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqUnpublishedEventsTest {

  private static final Duration LEASE = Duration.ofMinutes(1);

  private JooqPorts ports;

  @BeforeEach
  void freshDatabase() {
    ports = JooqPorts.over(TestDatabase.freshDataSource(), JooqPortsUnderTest.CLOCK);
  }

  private StoredEvent append(String subject) {
    return ports
        .outbox()
        .append(
            DomainEvent.of(
                EventType.ACCOUNT_OPENED, subject, JooqPortsUnderTest.CLOCK.instant(), Map.of()));
  }

  @Test
  void claimsOldestFirstAndHandsNothingOutTwiceWhileLeased() {
    var first = append("a");
    var second = append("b");
    var third = append("c");

    assertThat(ports.unpublishedEvents().claim(2, LEASE)).containsExactly(first, second);
    assertThat(ports.unpublishedEvents().claim(10, LEASE)).containsExactly(third);
    assertThat(ports.unpublishedEvents().claim(10, LEASE)).isEmpty();
  }

  @Test
  void publishedEventsAreNeverClaimedAgainAndReleasedOnesAre() {
    var first = append("a");
    var second = append("b");
    ports.unpublishedEvents().claim(10, LEASE);

    ports.unpublishedEvents().markPublished(List.of(first.id()));
    ports.unpublishedEvents().release(List.of(first.id(), second.id()));

    assertThat(ports.unpublishedEvents().claim(10, LEASE)).containsExactly(second);
  }

  @Test
  void laterEventsOfASubjectWaitWhileAnEarlierOneIsLeasedElsewhere() {
    var earlier = append("s");
    ports.unpublishedEvents().claim(1, LEASE);
    var later = append("s");
    var other = append("t");

    assertThat(ports.unpublishedEvents().claim(10, LEASE)).containsExactly(other);

    ports.unpublishedEvents().markPublished(List.of(earlier.id()));
    assertThat(ports.unpublishedEvents().claim(10, LEASE)).containsExactly(later);
  }

  @Test
  void anExpiredLeaseHandsTheEventsOutAgain() throws InterruptedException {
    var event = append("a");
    ports.unpublishedEvents().claim(10, Duration.ofMillis(200));

    Thread.sleep(400);

    assertThat(ports.unpublishedEvents().claim(10, LEASE)).containsExactly(event);
  }

  @Test
  void anEventIsRecordedAsAppliedOncePerSubscriber() {
    var event = append("a").id();

    assertThat(ports.appliedEvents().contains("mail", event)).isFalse();
    assertThat(ports.appliedEvents().record("mail", event)).isTrue();
    assertThat(ports.appliedEvents().record("mail", event)).isFalse();
    assertThat(ports.appliedEvents().contains("mail", event)).isTrue();
    assertThat(ports.appliedEvents().contains("cache", event)).isFalse();
  }

  @Test
  void aRecordInAUnitOfWorkThatRollsBackLeavesNothing() {
    var event = append("a").id();

    try {
      ports
          .transactions()
          .run(
              () -> {
                ports.appliedEvents().record("cache", event);
                throw new IllegalStateException("the subscriber's change fails");
              });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessageContaining("fails");
    }

    assertThat(ports.appliedEvents().contains("cache", event)).isFalse();
  }
}
