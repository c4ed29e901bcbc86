package dev.kassa.adapters.kafka;

import dev.kassa.domain.event.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;

/**
 * An event's trace in the W3C {@code traceparent} and {@code tracestate} record headers, as the
 * OpenTelemetry Kafka instrumentation and other consumers read them.
 */
final class TraceHeaders {

  private TraceHeaders() {}

  static void write(TraceContext trace, Headers headers) {
    headers.add(CloudEventJson.TRACEPARENT, trace.traceparent().getBytes(StandardCharsets.UTF_8));
    if (!trace.tracestate().isEmpty()) {
      headers.add(CloudEventJson.TRACESTATE, trace.tracestate().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The trace the headers carry; empty when they carry none, or a malformed one. */
  static Optional<TraceContext> read(Headers headers) {
    var traceparent = headers.lastHeader(CloudEventJson.TRACEPARENT);
    if (traceparent == null || traceparent.value() == null) {
      return Optional.empty();
    }
    var tracestate = headers.lastHeader(CloudEventJson.TRACESTATE);
    try {
      return Optional.of(
          new TraceContext(
              new String(traceparent.value(), StandardCharsets.UTF_8),
              tracestate == null || tracestate.value() == null
                  ? ""
                  : new String(tracestate.value(), StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** Copies the trace headers of {@code from}, if any, to {@code to}. */
  static void copy(Headers from, Headers to) {
    read(from).ifPresent(trace -> write(trace, to));
  }
}
