package dev.kassa.bootstrap.observability;

import dev.kassa.application.events.EventTracing;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The outbox's side of tracing: an event is stored with the W3C context of the span current when it
 * is appended (the request's, or its unit of work's), and each delivery of it, by this process's
 * workers or by a Kafka consumer, is a consumer span that is that context's child, so the request's
 * trace goes on through the outbox. Each delivery is also a sample of the {@code
 * kassa.event.handling} timer, by subscriber and outcome ({@code ok} or {@code failed}).
 */
final class EventSpans implements EventTracing {

  private final Tracing tracing;
  private final MeterRegistry registry;

  EventSpans(Tracing tracing, MeterRegistry registry) {
    this.tracing = tracing;
    this.registry = registry;
  }

  @Override
  public Optional<TraceContext> current() {
    return Tracing.currentTrace();
  }

  @Override
  public void deliver(StoredEvent event, String subscriber, Runnable delivery) {
    var span =
        tracing
            .tracer()
            .spanBuilder("deliver " + event.type().code())
            .setParent(tracing.parentOf(event.trace()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.operation.type", "process")
            .setAttribute("messaging.message.id", event.id().toString())
            .setAttribute("messaging.consumer.group.name", subscriber)
            .setAttribute("cloudevents.event_subject", event.subject())
            .startSpan();
    var started = System.nanoTime();
    var outcome = "failed";
    try {
      Context.current().with(span).wrap(delivery).run();
      outcome = "ok";
    } catch (RuntimeException failure) {
      span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
      throw failure;
    } finally {
      Timer.builder("kassa.event.handling")
          .description("Deliveries of an event to one subscriber, by subscriber and outcome")
          .tag("subscriber", subscriber)
          .tag("outcome", outcome)
          .register(registry)
          .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      span.end();
    }
  }
}
