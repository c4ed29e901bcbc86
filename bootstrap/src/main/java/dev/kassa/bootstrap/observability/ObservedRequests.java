package dev.kassa.bootstrap.observability;

import dev.kassa.adapters.web.observability.ObservedRequest;
import dev.kassa.adapters.web.observability.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Each HTTP request as a server span named by its route template (the child of the caller's {@code
 * traceparent}, if any), current while the request runs, and as a sample of the {@code
 * http.server.requests} timer tagged by method, route template and status; then its business
 * meaning goes to {@link BusinessCounters}.
 */
final class ObservedRequests implements RequestObserver {

  private final Tracing tracing;
  private final MeterRegistry registry;
  private final BusinessCounters business;

  ObservedRequests(Tracing tracing, MeterRegistry registry) {
    this.tracing = tracing;
    this.registry = registry;
    this.business = new BusinessCounters(registry);
  }

  /** The span's scope stays open across the request and is closed by {@link Traced#end}. */
  @Override
  @SuppressWarnings("MustBeClosedChecker")
  public InFlight begin(String method, String traceparent) {
    var span =
        tracing
            .tracer()
            .spanBuilder(method)
            .setParent(tracing.parentOf(traceparent))
            .setSpanKind(SpanKind.SERVER)
            .setAttribute("http.request.method", method)
            .startSpan();
    var scope = span.makeCurrent();
    return new Traced(span, scope);
  }

  private final class Traced implements InFlight {

    private final Span span;
    private final Scope scope;

    private Traced(Span span, Scope scope) {
      this.span = span;
      this.scope = scope;
    }

    @Override
    public Optional<String> traceId() {
      return Tracing.traceIdOf(span);
    }

    @Override
    public void end(ObservedRequest request) {
      try {
        span.updateName(request.method() + " " + request.route());
        span.setAttribute("http.route", request.route());
        span.setAttribute("http.response.status_code", request.status());
        if (request.status() >= 500) {
          span.setStatus(StatusCode.ERROR);
        }
        Timer.builder("http.server.requests")
            .description("HTTP requests by route template, method and status")
            .tag("method", request.method())
            .tag("route", request.route())
            .tag("status", Integer.toString(request.status()))
            .publishPercentileHistogram()
            .register(registry)
            .record(request.durationNanos(), TimeUnit.NANOSECONDS);
        business.count(request);
      } finally {
        scope.close();
        span.end();
      }
    }
  }
}
