package dev.kassa.adapters.web.observability;

import java.util.Optional;

/**
 * Watches every HTTP request from its arrival to its answer, for metrics and traces. {@link #begin}
 * runs on the request's thread before routing, and {@link InFlight#end} on the same thread once the
 * handler has answered, so a tracer may keep the request's span current in between.
 */
public interface RequestObserver {

  /** Observes nothing; requests carry no trace id. */
  RequestObserver NONE = (method, traceparent) -> InFlight.UNTRACED;

  /**
   * Starts observing a request.
   *
   * @param method the HTTP method
   * @param traceparent the W3C {@code traceparent} header as received, or null
   */
  InFlight begin(String method, String traceparent);

  /** One request being answered. */
  interface InFlight {

    InFlight UNTRACED =
        new InFlight() {
          @Override
          public Optional<String> traceId() {
            return Optional.empty();
          }

          @Override
          public void end(ObservedRequest request) {}
        };

    /** The trace id the request's log lines carry, when it is traced or came with a trace. */
    Optional<String> traceId();

    /** Called exactly once, when the request has been answered (or has failed). */
    void end(ObservedRequest request);
  }
}
