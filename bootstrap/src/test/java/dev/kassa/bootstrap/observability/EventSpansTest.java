package dev.kassa.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.bootstrap.config.Telemetry;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without an OTLP endpoint: traces still carry over the outbox, deliveries are timed. */
class EventSpansTest {

  private static final TraceContext REQUEST =
      new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Tracing tracing =
      Tracing.from(new Telemetry("127.0.0.1", OptionalInt.empty(), Optional.empty(), "kassa-test"));
  private final EventSpans spans = new EventSpans(tracing, registry);

  @AfterEach
  void close() {
    tracing.close();
  }

  private static StoredEvent event(Optional<TraceContext> trace) {
    return new StoredEvent(
        DomainEvent.of(EventType.ORDER_PAID, "order-1", Instant.EPOCH, Map.of()), 1, trace);
  }

  private double timed(String outcome) {
    var timer =
        registry
            .find("kassa.event.handling")
            .tags("subscriber", "mail", "outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void outsideAnyTraceThereIsNoTraceToStore() {
    assertThat(spans.current()).isEmpty();
  }

  @Test
  void aDeliveryRunsInsideTheTraceItsEventWasStoredWith() {
    var seen = new AtomicReference<Optional<TraceContext>>();

    spans.deliver(event(Optional.of(REQUEST)), "mail", () -> seen.set(spans.current()));

    assertThat(seen.get()).map(TraceContext::traceId).contains(REQUEST.traceId());
    assertThat(spans.current()).isEmpty();
    assertThat(timed("ok")).isEqualTo(1);
  }

  @Test
  void aFailedDeliveryThrowsAsItWasAndIsTimedAsFailed() {
    var down = new IllegalStateException("down");

    assertThatThrownBy(
            () ->
                spans.deliver(
                    event(Optional.empty()),
                    "mail",
                    () -> {
                      throw down;
                    }))
        .isSameAs(down);
    assertThat(timed("failed")).isEqualTo(1);
    assertThat(timed("ok")).isZero();
  }
}
