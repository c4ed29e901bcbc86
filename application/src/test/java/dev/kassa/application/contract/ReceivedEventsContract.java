package dev.kassa.application.contract;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.payment.ReceivedEvents} adapter must do: record each provider
 * event once, however often and however concurrently it is delivered, and only with the unit of
 * work that applied it.
 */
public abstract class ReceivedEventsContract extends PortContract {

  private static final String PROVIDER = "simulated";

  @Test
  void firstDeliveryIsAddedAndEveryRedeliveryIsCounted() {
    var event = providerEvent();
    var t0 = TestTime.now();
    var first = ReceivedEvent.first(PROVIDER, event, t0);

    var added = inTx(() -> world.receivedEvents().addIfNew(first));
    var again = inTx(() -> world.receivedEvents().addIfNew(delivery(event, t0.plusSeconds(5))));
    var late = inTx(() -> world.receivedEvents().addIfNew(delivery(event, t0.plusSeconds(9))));

    assertThat(added).isTrue();
    assertThat(again).isFalse();
    assertThat(late).isFalse();
    var stored = world.receivedEvents().find(PROVIDER, event.id()).orElseThrow();
    assertThat(stored.id()).isEqualTo(first.id());
    assertThat(stored.intentId()).isEqualTo(event.intentId());
    assertThat(stored.outcome()).isEqualTo(EventOutcome.RECEIVED);
    assertThat(stored.deliveries()).isEqualTo(3);
    assertThat(stored.receivedAt()).isEqualTo(t0);
    assertThat(stored.lastReceivedAt()).isEqualTo(t0.plusSeconds(9));
  }

  @Test
  void addedEventIsFoundAsAddedAndOnlyUnderItsProvider() {
    var event = ReceivedEvent.first(PROVIDER, providerEvent(), TestTime.now());

    inTx(() -> world.receivedEvents().addIfNew(event));

    assertThat(world.receivedEvents().find(PROVIDER, event.eventId())).contains(event);
    assertThat(world.receivedEvents().find("another", event.eventId())).isEmpty();
    assertThat(world.receivedEvents().find(PROVIDER, "evt_unknown")).isEmpty();
  }

  @Test
  void sameEventIdFromAnotherProviderIsAnotherEvent() {
    var event = providerEvent();
    var at = TestTime.now();

    var ours =
        inTx(() -> world.receivedEvents().addIfNew(ReceivedEvent.first(PROVIDER, event, at)));
    var theirs =
        inTx(() -> world.receivedEvents().addIfNew(ReceivedEvent.first("another", event, at)));

    assertThat(ours).isTrue();
    assertThat(theirs).isTrue();
    assertThat(world.receivedEvents().find("another", event.id()).orElseThrow().deliveries())
        .isEqualTo(1);
  }

  @Test
  void completeSetsTheOutcome() {
    var event = ReceivedEvent.first(PROVIDER, providerEvent(), TestTime.now());
    inTx(() -> world.receivedEvents().addIfNew(event));

    inTx(() -> world.receivedEvents().complete(event.id(), EventOutcome.APPLIED));

    var stored = world.receivedEvents().find(PROVIDER, event.eventId()).orElseThrow();
    assertThat(stored.outcome()).isEqualTo(EventOutcome.APPLIED);
    assertThat(stored.deliveries()).isEqualTo(1);
  }

  @Test
  void pageListsEventsMostRecentlyReceivedFirstWithTheTotal() {
    var base = TestTime.now();
    var middle = ReceivedEvent.first(PROVIDER, providerEvent(), base.plusSeconds(1));
    var oldest = ReceivedEvent.first(PROVIDER, providerEvent(), base);
    var newest = ReceivedEvent.first(PROVIDER, providerEvent(), base.plusSeconds(2));
    inTx(
        () -> {
          world.receivedEvents().addIfNew(middle);
          world.receivedEvents().addIfNew(oldest);
          world.receivedEvents().addIfNew(newest);
        });

    var all = allPages(world.receivedEvents()::page);
    var first = world.receivedEvents().page(new PageRequest(2, 0));
    var second = world.receivedEvents().page(new PageRequest(2, 1));

    assertThat(all)
        .extracting(ReceivedEvent::receivedAt)
        .isSortedAccordingTo(Comparator.reverseOrder());
    var mine = Set.of(middle.id(), oldest.id(), newest.id());
    assertThat(all.stream().filter(event -> mine.contains(event.id())))
        .containsExactly(newest, middle, oldest);
    assertThat(first.items()).hasSize(2);
    assertThat(first.total()).isEqualTo(all.size());
    assertThat(second.items().getFirst()).isEqualTo(first.items().get(1));
  }

  @Test
  void concurrentDeliveriesOfOneEventRecordItOnceAndCountThemAll() {
    var event = providerEvent();
    var at = TestTime.now();

    var outcomes =
        Race.run(
            16,
            runner ->
                inTx(
                    () -> world.receivedEvents().addIfNew(delivery(event, at.plusMillis(runner)))));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(Race.Outcome::value)).hasSize(1);
    var stored = world.receivedEvents().find(PROVIDER, event.id()).orElseThrow();
    assertThat(stored.deliveries()).isEqualTo(16);
    assertThat(stored.lastReceivedAt()).isEqualTo(at.plusMillis(15));
  }

  @Test
  void eventRecordedByAUnitOfWorkThatFailedIsNotKept() {
    var event = providerEvent();
    var at = TestTime.now();

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      world.receivedEvents().addIfNew(delivery(event, at));
                      throw new IllegalStateException("applying the event failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(world.receivedEvents().find(PROVIDER, event.id())).isEmpty();
    assertThat(inTx(() -> world.receivedEvents().addIfNew(delivery(event, at.plusSeconds(1)))))
        .isTrue();
    assertThat(world.receivedEvents().find(PROVIDER, event.id()).orElseThrow().deliveries())
        .isEqualTo(1);
  }

  private static ReceivedEvent delivery(ProviderEvent event, Instant at) {
    return ReceivedEvent.first(PROVIDER, event, at);
  }

  private static ProviderEvent providerEvent() {
    return new ProviderEvent(
        "evt_" + UUID.randomUUID(),
        ProviderEvent.SUCCEEDED,
        "pi_" + UUID.randomUUID(),
        eur(12),
        TestTime.now());
  }
}
