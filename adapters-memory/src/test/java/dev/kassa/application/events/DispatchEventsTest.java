package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.testdata.ScheduledEvents;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A claimed batch is prepared once per subscriber, then delivered event by event. */
class DispatchEventsTest {

  private final MutableClock clock = MutableClock.at("2025-03-10T09:00:00Z");
  private final InMemoryPorts ports = InMemoryPorts.create(clock);
  private final Recording reading = new Recording("reading", false);
  private final Recording unreadable = new Recording("unreadable", true);
  private final DispatchEvents dispatch =
      new DispatchEvents(
          ports.eventDeliveries(),
          EventSubscribers.of(reading, unreadable),
          ports.transactions(),
          new Backoff(() -> new Random(7)),
          5,
          DeliveryListener.NONE,
          EventTracing.NONE,
          clock);

  @Test
  void eachSubscriberPreparesItsEventsOfTheBatchOnceThenTakesThemOneByOneInOrder() {
    var events = List.of(append("a"), append("b"), append("c"));

    var claimed = dispatch.execute(16, () -> false);

    assertThat(claimed).isEqualTo(6);
    assertThat(reading.prepared)
        .singleElement()
        .satisfies(batch -> assertThat(batch).containsExactlyInAnyOrderElementsOf(ids(events)));
    assertThat(reading.delivered).containsExactlyElementsOf(reading.prepared.getFirst());
    for (var event : events) {
      assertThat(statusOf(event, "reading")).isEqualTo(DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void aSubscriberThatCannotPrepareFailsItsOwnDeliveriesAndNoOneElses() {
    var events = List.of(append("a"), append("b"));

    dispatch.execute(16, () -> false);

    assertThat(unreadable.delivered).isEmpty();
    for (var event : events) {
      assertThat(statusOf(event, "unreadable")).isEqualTo(DeliveryStatus.PENDING);
      assertThat(ports.eventDeliveries().of(event.id()))
          .filteredOn(delivery -> delivery.subscriber().equals("unreadable"))
          .singleElement()
          .satisfies(
              delivery -> {
                assertThat(delivery.attempts()).isEqualTo(1);
                assertThat(delivery.lastError()).contains("cannot read");
              });
      assertThat(statusOf(event, "reading")).isEqualTo(DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void deliveriesNotStartedWithinHalfTheLeaseAreReleasedForTheNextClaim() {
    var slow = new Recording("reading", false);
    slow.taking = DispatchEvents.STARTS_WITHIN.plusSeconds(1);
    var dispatchSlowly =
        new DispatchEvents(
            ports.eventDeliveries(),
            EventSubscribers.of(slow),
            ports.transactions(),
            new Backoff(() -> new Random(7)),
            5,
            DeliveryListener.NONE,
            EventTracing.NONE,
            clock);
    var events = List.of(append("a", "reading"), append("b", "reading"));

    assertThat(dispatchSlowly.execute(16, () -> false)).isEqualTo(2);

    assertThat(slow.delivered).hasSize(1);
    var released = events.stream().filter(event -> !slow.delivered.contains(event.id())).toList();
    assertThat(released)
        .singleElement()
        .satisfies(
            event ->
                assertThat(ports.eventDeliveries().of(event.id()))
                    .singleElement()
                    .satisfies(
                        delivery -> {
                          assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
                          assertThat(delivery.attempts()).isZero();
                        }));
    assertThat(dispatchSlowly.execute(16, () -> false)).isEqualTo(1);
    assertThat(slow.delivered).hasSize(2);
  }

  private StoredEvent append(String subject) {
    return append(subject, "reading", "unreadable");
  }

  private StoredEvent append(String subject, String... subscribers) {
    return ScheduledEvents.scheduled(
        ports, EventType.TRANSFER_COMPLETED, subject, clock.instant(), List.of(subscribers));
  }

  private DeliveryStatus statusOf(StoredEvent event, String subscriber) {
    return ports.eventDeliveries().of(event.id()).stream()
        .filter(delivery -> delivery.subscriber().equals(subscriber))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private static List<EventId> ids(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::id).toList();
  }

  /** Records what it is asked to prepare and deliver; refuses to prepare when {@code failing}. */
  private final class Recording implements EventSubscriber {

    private final String name;
    private final boolean failing;
    private final List<List<EventId>> prepared = new ArrayList<>();
    private final List<EventId> delivered = new ArrayList<>();
    private Duration taking = Duration.ZERO;

    Recording(String name, boolean failing) {
      this.name = name;
      this.failing = failing;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean accepts(EventType type) {
      return true;
    }

    @Override
    public Batch prepare(List<StoredEvent> events) {
      if (failing) {
        throw new IllegalStateException("cannot read");
      }
      prepared.add(ids(events));
      return event -> {
        delivered.add(event.id());
        clock.advance(taking);
      };
    }

    @Override
    public void deliver(StoredEvent event) {
      throw new AssertionError("a claimed batch is delivered through its prepared batch");
    }
  }
}
