package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.events.AppliedEvents;
import dev.kassa.application.events.BrokerDeliveries;
import dev.kassa.application.events.BrokerDeliveries.Recorded;
import dev.kassa.application.events.UnpublishedEvents;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BrokerDeliveries} adapter must do, read together with its store's {@link
 * AppliedEvents} and {@link UnpublishedEvents}. Each test names its own subscribers and subject,
 * and counts by difference, so what other tests left behind does not matter.
 */
public abstract class BrokerDeliveriesContract extends PortContract {

  private static final Instant RETRY_AT = Instant.parse("2030-01-01T00:00:00Z");

  private String subject;
  private String first;
  private String second;

  protected abstract BrokerDeliveries brokerDeliveries();

  protected abstract AppliedEvents appliedEvents();

  protected abstract UnpublishedEvents unpublishedEvents();

  @BeforeEach
  void nameSubscribers() {
    subject = "broker-" + UUID.randomUUID();
    first = "a-" + UUID.randomUUID();
    second = "b-" + UUID.randomUUID();
  }

  private StoredEvent appended(EventType type) {
    var event = DomainEvent.of(type, subject, TestTime.now(), Map.of());
    return inTx(() -> world.outbox().append(event));
  }

  private static EventDelivery failed(StoredEvent event, String subscriber, int attempts) {
    return new EventDelivery(
        event.id(),
        subscriber,
        DeliveryStatus.PENDING,
        attempts,
        RETRY_AT,
        "IllegalStateException: down " + attempts,
        null);
  }

  private static EventDelivery dead(StoredEvent event, String subscriber, int attempts) {
    return new EventDelivery(
        event.id(),
        subscriber,
        DeliveryStatus.DEAD,
        attempts,
        RETRY_AT,
        "IllegalStateException: gone",
        null);
  }

  private List<StoredEvent> withStatus(DeliveryStatus status, Map<String, Set<EventType>> takers) {
    return brokerDeliveries()
        .events(new EventFilter(null, subject), status, takers, PageRequest.first(50))
        .items();
  }

  @Test
  void eachSubscriberShowsWhenItAppliedTheEventAndItsLastFailure() {
    var event = appended(EventType.STOCK_ADJUSTED);
    brokerDeliveries().recordFailure(failed(event, first, 1));
    appliedEvents().record(first, event.id());
    brokerDeliveries().recordFailure(failed(event, second, 1));
    brokerDeliveries().recordFailure(dead(event, second, 3));

    var recorded = brokerDeliveries().of(event.id());

    assertThat(recorded).extracting(Recorded::subscriber).containsExactly(first, second);
    assertThat(recorded.getFirst().appliedAt()).isNotNull();
    assertThat(recorded.getFirst().lastFailure()).isEqualTo(failed(event, first, 1));
    assertThat(recorded.get(1).appliedAt()).isNull();
    assertThat(recorded.get(1).lastFailure()).isEqualTo(dead(event, second, 3));
    assertThat(brokerDeliveries().gaveUp(second, event.id())).isTrue();
    assertThat(brokerDeliveries().gaveUp(first, event.id())).isFalse();
  }

  @Test
  void aDeliveredOutcomeIsNoFailure() {
    var event = appended(EventType.STOCK_ADJUSTED);
    var delivered = EventDelivery.pending(event.id(), first, RETRY_AT).delivered(RETRY_AT);

    assertThatThrownBy(() -> brokerDeliveries().recordFailure(delivered))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(brokerDeliveries().of(event.id())).isEmpty();
  }

  @Test
  void theStatusFilterFindsTheEventsWithASubscriberInThatStatus() {
    var applied = appended(EventType.STOCK_ADJUSTED);
    var gaveUp = appended(EventType.STOCK_ADJUSTED);
    var waiting = appended(EventType.STOCK_ADJUSTED);
    var retrying = appended(EventType.STOCK_ADJUSTED);
    var untaken = appended(EventType.PRODUCT_CREATED);
    appliedEvents().record(first, applied.id());
    brokerDeliveries().recordFailure(dead(gaveUp, first, 3));
    brokerDeliveries().recordFailure(failed(retrying, first, 1));
    var takers = Map.of(first, Set.of(EventType.STOCK_ADJUSTED), second, Set.<EventType>of());

    assertThat(withStatus(DeliveryStatus.DELIVERED, takers)).containsExactly(applied);
    assertThat(withStatus(DeliveryStatus.DEAD, takers)).containsExactly(gaveUp);
    assertThat(withStatus(DeliveryStatus.PENDING, takers)).containsExactly(retrying, waiting);
    assertThat(withStatus(DeliveryStatus.PENDING, Map.of())).isEmpty();
    assertThat(
            withStatus(DeliveryStatus.PENDING, Map.of(second, Set.of(EventType.PRODUCT_CREATED))))
        .containsExactly(untaken);
  }

  @Test
  void theOldestUnpublishedReadAloneIsTheOneTheCountsGive() {
    appended(EventType.STOCK_ADJUSTED);

    var alone = brokerDeliveries().oldestUnpublished();

    assertThat(alone).isPresent().isEqualTo(brokerDeliveries().counts().oldestUnpublished());
  }

  @Test
  void aDeadEventAppliedLaterIsNoLongerDead() {
    var event = appended(EventType.STOCK_ADJUSTED);
    brokerDeliveries().recordFailure(dead(event, first, 3));
    var before = brokerDeliveries().counts();

    appliedEvents().record(first, event.id());

    assertThat(withStatus(DeliveryStatus.DEAD, Map.of())).isEmpty();
    assertThat(withStatus(DeliveryStatus.DELIVERED, Map.of())).containsExactly(event);
    var after = brokerDeliveries().counts();
    assertThat(after.dead()).isEqualTo(before.dead() - 1);
    assertThat(after.delivered()).isEqualTo(before.delivered() + 1);
  }

  @Test
  void forgettingASubscriberLeavesTheOthersRecords() {
    var event = appended(EventType.STOCK_ADJUSTED);
    appliedEvents().record(first, event.id());
    brokerDeliveries().recordFailure(failed(event, first, 1));
    appliedEvents().record(second, event.id());

    inTx(() -> brokerDeliveries().forget(first, event.id()));

    assertThat(appliedEvents().contains(first, event.id())).isFalse();
    assertThat(appliedEvents().contains(second, event.id())).isTrue();
    assertThat(brokerDeliveries().of(event.id()))
        .extracting(Recorded::subscriber)
        .containsExactly(second);
  }

  @Test
  void forgettingIsUndoneWithItsUnitOfWork() {
    var event = appended(EventType.STOCK_ADJUSTED);
    brokerDeliveries().recordFailure(dead(event, first, 3));

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      brokerDeliveries().forget(first, event.id());
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessage("rolled back");

    assertThat(brokerDeliveries().gaveUp(first, event.id())).isTrue();
  }

  @Test
  void countsFollowPublicationFailuresAndApplications() {
    var before = brokerDeliveries().counts();
    var event = appended(EventType.STOCK_ADJUSTED);
    var appended = brokerDeliveries().counts();
    unpublishedEvents().markPublished(List.of(event.id()));
    var published = brokerDeliveries().counts();
    inTx(() -> unpublishedEvents().republish(event.id()));
    var republished = brokerDeliveries().counts();
    unpublishedEvents().markPublished(List.of(event.id()));
    brokerDeliveries().recordFailure(failed(event, first, 1));
    brokerDeliveries().recordFailure(dead(event, second, 2));
    var failedCounts = brokerDeliveries().counts();
    appliedEvents().record(first, event.id());
    var applied = brokerDeliveries().counts();

    assertThat(appended.unpublished()).isEqualTo(before.unpublished() + 1);
    assertThat(appended.oldestUnpublished()).isPresent();
    assertThat(appended.oldestUnpublished().get()).isBeforeOrEqualTo(event.event().time());
    assertThat(published.unpublished()).isEqualTo(before.unpublished());
    assertThat(republished.unpublished()).isEqualTo(before.unpublished() + 1);
    assertThat(failedCounts.pending()).isEqualTo(before.pending() + 1);
    assertThat(failedCounts.dead()).isEqualTo(before.dead() + 1);
    assertThat(applied.pending()).isEqualTo(before.pending());
    assertThat(applied.delivered()).isEqualTo(before.delivered() + 1);
    assertThat(applied.dead()).isEqualTo(before.dead() + 1);
  }
}
