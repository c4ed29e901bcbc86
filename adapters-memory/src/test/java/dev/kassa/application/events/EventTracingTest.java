package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The outbox keeps the appending work's trace, and each delivery runs inside it. */
class EventTracingTest {

  private static final TraceContext REQUEST =
      new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "");

  private record Traced(StoredEvent event, String subscriber, boolean inside) {}

  /** Says every append runs in {@link #REQUEST} and records each delivery it wraps. */
  private static final class RecordingTracing implements EventTracing {

    final List<Traced> deliveries = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    @Override
    public Optional<TraceContext> current() {
      return Optional.of(REQUEST);
    }

    @Override
    public void deliver(StoredEvent event, String subscriber, Runnable delivery) {
      inside.set(true);
      try {
        delivery.run();
      } finally {
        inside.set(false);
      }
    }

    boolean inside() {
      return inside.get();
    }
  }

  private final MutableClock clock = MutableClock.at("2025-03-10T09:00:00Z");
  private final InMemoryPorts ports = InMemoryPorts.create(clock);
  private final RecordingTracing tracing = new RecordingTracing();

  private KassaEvents events(EventSubscriber... subscribers) {
    return KassaEvents.assemble(
        ports.transactions(),
        ports.outbox(),
        ports.eventDeliveries(),
        new EventConsumers(List.of(subscribers), List.of(), tracing),
        2,
        Duration.ofMinutes(1),
        URI.create("/kassa-test"),
        clock);
  }

  private EventSubscriber subscriber(String name, boolean fails) {
    return new EventSubscriber() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean accepts(EventType type) {
        return true;
      }

      @Override
      public void deliver(StoredEvent event) {
        tracing.deliveries.add(new Traced(event, name, tracing.inside()));
        if (fails) {
          throw new IllegalStateException("down");
        }
      }
    };
  }

  @Test
  void anAppendedEventKeepsTheTraceOfItsRequestAndEachDeliveryRunsInIt() {
    var events = events(subscriber("cache", false), subscriber("mail", true));

    var stored =
        events
            .outbox()
            .append(
                DomainEvent.of(EventType.PRODUCT_UPDATED, "p-1", clock.instant(), Map.of("n", 1)));
    events.dispatchEvents().execute(10, () -> false);

    assertThat(stored.trace()).contains(REQUEST);
    assertThat(ports.outbox().find(stored.id()).orElseThrow().trace()).contains(REQUEST);
    assertThat(tracing.deliveries)
        .extracting(Traced::subscriber)
        .containsExactlyInAnyOrder("cache", "mail");
    assertThat(tracing.deliveries)
        .allSatisfy(
            traced -> {
              assertThat(traced.inside()).isTrue();
              assertThat(traced.event().trace()).contains(REQUEST);
            });
    assertThat(ports.eventDeliveries().of(stored.id()))
        .extracting(delivery -> delivery.subscriber() + " " + delivery.status())
        .containsExactlyInAnyOrder(
            "cache " + DeliveryStatus.DELIVERED, "mail " + DeliveryStatus.PENDING);
  }

  @Test
  void withoutTracingEventsAreStoredWithoutATrace() {
    var stored =
        KassaEvents.assemble(
                ports.transactions(),
                ports.outbox(),
                ports.eventDeliveries(),
                EventConsumers.of(List.of()),
                2,
                Duration.ofMinutes(1),
                URI.create("/kassa-test"),
                clock)
            .outbox()
            .append(DomainEvent.of(EventType.PRODUCT_UPDATED, "p-2", clock.instant(), Map.of()));

    assertThat(stored.trace()).isEmpty();
  }
}
