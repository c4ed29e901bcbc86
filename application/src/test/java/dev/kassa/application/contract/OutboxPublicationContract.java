package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnpublishedEvents} and {@link AppliedEvents} adapter must do. Claims see the
 * whole outbox, so {@link #ports()} must give an empty store of its own each time.
 */
public abstract class OutboxPublicationContract extends PortContract {

  private static final Duration LEASE = Duration.ofMinutes(1);

  protected abstract UnpublishedEvents unpublishedEvents();

  protected abstract AppliedEvents appliedEvents();

  private StoredEvent append(String subject) {
    return world
        .outbox()
        .append(DomainEvent.of(EventType.ACCOUNT_OPENED, subject, TestTime.now(), Map.of()));
  }

  @Test
  void claimsOldestFirstAndHandsNothingOutTwiceWhileLeased() {
    var first = append("a");
    var second = append("b");
    var third = append("c");

    assertThat(unpublishedEvents().claim(2, LEASE)).containsExactly(first, second);
    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(third);
    assertThat(unpublishedEvents().claim(10, LEASE)).isEmpty();
  }

  @Test
  void publishedEventsAreNeverClaimedAgainAndReleasedOnesAre() {
    var first = append("a");
    var second = append("b");
    unpublishedEvents().claim(10, LEASE);

    unpublishedEvents().markPublished(List.of(first.id()));
    unpublishedEvents().release(List.of(first.id(), second.id()));

    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(second);
  }

  @Test
  void laterEventsOfASubjectWaitWhileAnEarlierOneIsLeasedElsewhere() {
    var earlier = append("s");
    unpublishedEvents().claim(1, LEASE);
    var later = append("s");
    var other = append("t");

    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(other);

    unpublishedEvents().markPublished(List.of(earlier.id()));
    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(later);
  }

  @Test
  void aRepublishedEventIsClaimedAgainAndARolledBackRepublicationIsNot() {
    var event = append("a");
    var other = append("b");
    unpublishedEvents().claim(10, LEASE);
    unpublishedEvents().markPublished(List.of(event.id(), other.id()));

    world.transactions().run(() -> unpublishedEvents().republish(event.id()));
    try {
      world
          .transactions()
          .run(
              () -> {
                unpublishedEvents().republish(other.id());
                throw new IllegalStateException("the redelivery fails");
              });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessageContaining("fails");
    }

    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(event);
  }

  @Test
  void anExpiredLeaseHandsTheEventsOutAgain() throws InterruptedException {
    var event = append("a");
    unpublishedEvents().claim(10, Duration.ofMillis(200));

    Thread.sleep(400);

    assertThat(unpublishedEvents().claim(10, LEASE)).containsExactly(event);
  }

  @Test
  void anEventIsRecordedAsAppliedOncePerSubscriber() {
    var event = append("a").id();

    assertThat(appliedEvents().contains("mail", event)).isFalse();
    assertThat(appliedEvents().record("mail", event)).isTrue();
    assertThat(appliedEvents().record("mail", event)).isFalse();
    assertThat(appliedEvents().contains("mail", event)).isTrue();
    assertThat(appliedEvents().contains("cache", event)).isFalse();
  }

  @Test
  void aRecordInAUnitOfWorkThatRollsBackLeavesNothing() {
    var event = append("a").id();

    try {
      world
          .transactions()
          .run(
              () -> {
                appliedEvents().record("cache", event);
                throw new IllegalStateException("the subscriber's change fails");
              });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessageContaining("fails");
    }

    assertThat(appliedEvents().contains("cache", event)).isFalse();
  }
}
