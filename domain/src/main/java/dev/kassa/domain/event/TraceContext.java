package dev.kassa.domain.event;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The W3C trace context of the work that appended an event, kept with the event so that its
 * deliveries continue that trace: {@code traceparent} ({@code 00-<trace id>-<parent id>-<flags>})
 * and the vendors' {@code tracestate}, empty when there is none. It is plain text here; which
 * tracing library reads and writes it is an adapter's business.
 */
public record TraceContext(String traceparent, String tracestate) {

  public static final int MAX_TRACESTATE_LENGTH = 512;

  private static final Pattern TRACEPARENT =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  public TraceContext {
    Objects.requireNonNull(traceparent, "traceparent");
    Objects.requireNonNull(tracestate, "tracestate");
    if (!TRACEPARENT.matcher(traceparent).matches()) {
      throw new IllegalArgumentException("traceparent is not a W3C traceparent: " + traceparent);
    }
    if (tracestate.length() > MAX_TRACESTATE_LENGTH) {
      throw new IllegalArgumentException(
          "tracestate is longer than " + MAX_TRACESTATE_LENGTH + " chars");
    }
  }

  /** The 32 hex digits naming the trace. */
  public String traceId() {
    return traceparent.substring(3, 35);
  }
}
