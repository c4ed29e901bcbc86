package dev.kassa.application.events;

import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import java.util.Optional;

/**
 * Carries a trace across the outbox: the outbox stores the trace of the work appending an event
 * ({@link #current()}), and each delivery of that event, in the process or from a Kafka consumer,
 * runs {@linkplain #deliver inside it}. A tracing adapter implements it; the core sees only the
 * {@link TraceContext} text.
 */
public interface EventTracing {

  /** Traces nothing: events are stored without a trace, deliveries just run. */
  EventTracing NONE =
      new EventTracing() {
        @Override
        public Optional<TraceContext> current() {
          return Optional.empty();
        }

        @Override
        public void deliver(StoredEvent event, String subscriber, Runnable delivery) {
          delivery.run();
        }
      };

  /** The trace of the work running on this thread, or empty when it is not traced. */
  Optional<TraceContext> current();

  /**
   * Runs {@code delivery} of {@code event} to {@code subscriber} as a step of the event's trace (a
   * new trace when it has none). What {@code delivery} throws passes through unchanged.
   */
  void deliver(StoredEvent event, String subscriber, Runnable delivery);
}
