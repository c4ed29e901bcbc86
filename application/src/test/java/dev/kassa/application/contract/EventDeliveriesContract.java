package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.event.EventDeliveries} adapter must do. Each test names its
 * own subscribers and looks only at their rows, so rows other tests left behind do not matter.
 */
public abstract class EventDeliveriesContract extends PortContract {

  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private String subscriber;
  private String other;

  @BeforeEach
  void nameSubscribers() {
    subscriber = "test-" + UUID.randomUUID();
    other = "test-" + UUID.randomUUID();
  }

  private StoredEvent appended(String subject) {
    var event = DomainEvent.of(EventType.STOCK_ADJUSTED, subject, TestTime.now(), Map.of());
    return inTx(() -> world.outbox().append(event));
  }

  private void schedule(StoredEvent event, String... names) {
    inTx(() -> world.eventDeliveries().schedule(event, List.of(names), NOW));
  }

  private boolean recorded(ClaimedDelivery claim, EventDelivery outcome) {
    return !world.eventDeliveries().record(List.of(new DeliveryOutcome(claim, outcome))).isEmpty();
  }

  private static ClaimedDelivery claimOf(List<ClaimedDelivery> claimed, StoredEvent event) {
    return claimed.stream().filter(c -> c.event().equals(event)).findFirst().orElseThrow();
  }

  private List<ClaimedDelivery> claimOwn(Instant now) {
    return world.eventDeliveries().claim(1_000, now, LEASE).stream()
        .filter(
            claim ->
                claim.delivery().subscriber().equals(subscriber)
                    || claim.delivery().subscriber().equals(other))
        .toList();
  }

  private EventDelivery deliveryOf(StoredEvent event, String name) {
    return world.eventDeliveries().of(event.id()).stream()
        .filter(delivery -> delivery.subscriber().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void scheduledEventIsClaimedOnceWithItsEventThenRecordedDelivered() {
    var event = appended(UUID.randomUUID().toString());
    schedule(event, subscriber);

    var claimed = claimOwn(NOW);
    var again = claimOwn(NOW);
    var stored = recorded(claimed.getFirst(), claimed.getFirst().delivery().delivered(NOW));

    assertThat(claimed)
        .singleElement()
        .satisfies(claim -> assertThat(claim.event()).isEqualTo(event));
    assertThat(claimed.getFirst().delivery())
        .isEqualTo(EventDelivery.pending(event.id(), subscriber, NOW));
    assertThat(again).isEmpty();
    assertThat(stored).isTrue();
    assertThat(deliveryOf(event, subscriber).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(deliveryOf(event, subscriber).deliveredAt()).isEqualTo(NOW);
    assertThat(claimOwn(NOW.plus(LEASE).plusSeconds(1))).isEmpty();
  }

  @Test
  void laterEventOfASubjectWaitsForTheEarlierOneOfTheSameSubscriberOnly() {
    var subject = UUID.randomUUID().toString();
    var first = appended(subject);
    var second = appended(subject);
    schedule(first, subscriber);
    schedule(second, subscriber, other);

    var claimed = claimOwn(NOW);
    recorded(
        claimed.stream().filter(c -> c.event().equals(first)).findFirst().orElseThrow(),
        EventDelivery.pending(first.id(), subscriber, NOW).delivered(NOW));
    var next = claimOwn(NOW);

    assertThat(claimed)
        .extracting(c -> c.event().sequence() + "/" + c.delivery().subscriber())
        .containsExactlyInAnyOrder("1/" + subscriber, "2/" + other);
    assertThat(next)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.event()).isEqualTo(second);
              assertThat(c.delivery().subscriber()).isEqualTo(subscriber);
            });
  }

  @Test
  void deadEventNoLongerHoldsBackItsSubject() {
    var subject = UUID.randomUUID().toString();
    var first = appended(subject);
    var second = appended(subject);
    schedule(first, subscriber);
    schedule(second, subscriber);

    var claimed = claimOwn(NOW).getFirst();
    recorded(claimed, claimed.delivery().dead("gave up", NOW));

    assertThat(claimOwn(NOW))
        .singleElement()
        .satisfies(c -> assertThat(c.event()).isEqualTo(second));
    assertThat(deliveryOf(first, subscriber).lastError()).isEqualTo("gave up");
  }

  @Test
  void retriedDeliveryIsNotClaimedBeforeItIsDue() {
    var event = appended(UUID.randomUUID().toString());
    schedule(event, subscriber);
    var claimed = claimOwn(NOW).getFirst();
    recorded(claimed, claimed.delivery().retried("down", NOW.plusSeconds(1)));

    var early = claimOwn(NOW.plusMillis(999));
    var due = claimOwn(NOW.plusSeconds(1));

    assertThat(early).isEmpty();
    assertThat(due)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.delivery().attempts()).isEqualTo(1);
              assertThat(c.delivery().lastError()).isEqualTo("down");
            });
  }

  @Test
  void expiredLeaseHandsTheRowOutAgainAndTheOldHolderCannotRecord() {
    var event = appended(UUID.randomUUID().toString());
    schedule(event, subscriber);
    var lost = claimOwn(NOW).getFirst();

    var taken = claimOwn(NOW.plus(LEASE));
    var recordedByLoser = recorded(lost, lost.delivery().delivered(NOW));

    assertThat(taken)
        .singleElement()
        .satisfies(c -> assertThat(c.lease()).isNotEqualTo(lost.lease()));
    assertThat(recordedByLoser).isFalse();
    assertThat(deliveryOf(event, subscriber).status()).isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void aBatchOfOutcomesStoresEachHeldOneAndNoneWhoseLeaseWasLost() {
    var delivered = appended(UUID.randomUUID().toString());
    var retried = appended(UUID.randomUUID().toString());
    var lost = appended(UUID.randomUUID().toString());
    schedule(delivered, subscriber);
    schedule(retried, subscriber);
    schedule(lost, subscriber);
    var claimed = claimOwn(NOW);
    var ofLost = claimOf(claimed, lost);
    var notHeld = new ClaimedDelivery(ofLost.event(), ofLost.delivery(), UUID.randomUUID());
    var batch =
        List.of(
            new DeliveryOutcome(
                claimOf(claimed, delivered), claimOf(claimed, delivered).delivery().delivered(NOW)),
            new DeliveryOutcome(
                claimOf(claimed, retried),
                claimOf(claimed, retried).delivery().retried("down", NOW.plusSeconds(5))),
            new DeliveryOutcome(notHeld, notHeld.delivery().dead("not mine", NOW)));

    var stored = world.eventDeliveries().record(batch);

    assertThat(stored).containsExactlyElementsOf(batch.subList(0, 2));
    assertThat(deliveryOf(delivered, subscriber).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(deliveryOf(retried, subscriber))
        .satisfies(
            delivery -> {
              assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
              assertThat(delivery.attempts()).isEqualTo(1);
              assertThat(delivery.lastError()).isEqualTo("down");
              assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
            });
    assertThat(deliveryOf(lost, subscriber))
        .isEqualTo(EventDelivery.pending(lost.id(), subscriber, NOW));
    assertThat(claimOwn(NOW.plusSeconds(5)))
        .extracting(ClaimedDelivery::event)
        .containsExactly(retried);
  }

  @Test
  void releasedRowIsClaimableAtOnce() {
    var event = appended(UUID.randomUUID().toString());
    schedule(event, subscriber);
    world.eventDeliveries().release(claimOwn(NOW).getFirst());

    assertThat(claimOwn(NOW)).hasSize(1);
  }

  @Test
  void concurrentClaimsNeverHandOutOneRowTwice() {
    var events = 40;
    for (int i = 0; i < events; i++) {
      schedule(appended(UUID.randomUUID().toString()), subscriber);
    }

    var outcomes = Race.run(6, runner -> claimOwn(NOW));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    var claimed =
        outcomes.stream()
            .flatMap(outcome -> outcome.value().stream())
            .map(c -> c.event().id())
            .toList();
    assertThat(claimed).hasSize(events).doesNotHaveDuplicates();
  }

  @Test
  void schedulingAgainMakesADeliveredEventPendingAndListingsAndCountsFollow() {
    var event = appended(UUID.randomUUID().toString());
    schedule(event, subscriber, other);
    var claimed = claimOwn(NOW);
    claimed.forEach(c -> recorded(c, c.delivery().delivered(NOW)));
    var before = world.eventDeliveries().counts();

    schedule(event, subscriber);
    var after = world.eventDeliveries().counts();
    var filter = new EventFilter(null, event.subject());

    assertThat(deliveryOf(event, subscriber))
        .isEqualTo(EventDelivery.pending(event.id(), subscriber, NOW));
    assertThat(deliveryOf(event, other).status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(
            world
                .eventDeliveries()
                .events(filter, DeliveryStatus.PENDING, PageRequest.first(10))
                .items())
        .containsExactly(event);
    assertThat(
            world
                .eventDeliveries()
                .events(filter, DeliveryStatus.DEAD, PageRequest.first(10))
                .items())
        .isEmpty();
    assertThat(after.pending()).isEqualTo(before.pending() + 1);
    assertThat(after.delivered()).isEqualTo(before.delivered() - 1);
    assertThat(after.oldestPendingSince()).isPresent();
    assertThat(after.oldestPendingSince().get()).isBeforeOrEqualTo(NOW);
  }

  @Test
  void theOldestPendingSinceReadAloneIsTheOneTheCountsGive() {
    var longAgo = Instant.parse("1999-01-01T00:00:00Z");
    var subject = UUID.randomUUID().toString();
    var first = appended(subject);
    var second = appended(subject);
    inTx(
        () ->
            world.eventDeliveries().schedule(first, List.of(subscriber), longAgo.plusSeconds(60)));
    inTx(() -> world.eventDeliveries().schedule(second, List.of(subscriber), longAgo));

    var waiting = world.eventDeliveries().oldestPendingSince();
    claimOwn(NOW).forEach(c -> recorded(c, c.delivery().delivered(NOW)));
    var ready = world.eventDeliveries().oldestPendingSince();
    var counted = world.eventDeliveries().counts().oldestPendingSince();
    claimOwn(NOW).forEach(c -> recorded(c, c.delivery().delivered(NOW)));
    var none = world.eventDeliveries().oldestPendingSince();

    assertThat(waiting).contains(longAgo);
    assertThat(ready).contains(longAgo).isEqualTo(counted);
    assertThat(none).isEqualTo(world.eventDeliveries().counts().oldestPendingSince());
    assertThat(none).isNotEqualTo(Optional.of(longAgo));
  }

  @Test
  void rolledBackScheduleLeavesNoDelivery() {
    var event = appended(UUID.randomUUID().toString());
    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.eventDeliveries().schedule(event, List.of(subscriber), NOW);
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.eventDeliveries().of(event.id())).isEmpty();
  }
}
