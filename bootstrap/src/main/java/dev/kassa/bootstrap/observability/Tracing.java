package dev.kassa.bootstrap.observability;

import dev.kassa.bootstrap.config.Telemetry;
import dev.kassa.domain.event.TraceContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenTelemetry for Kassa: with {@code OTEL_EXPORTER_OTLP_ENDPOINT} set, an SDK tracer exporting
 * spans over OTLP/HTTP in batches; otherwise the no-op API, which still carries a W3C {@code
 * traceparent}'s context (so its trace id reaches the logs) but records nothing.
 */
final class Tracing implements AutoCloseable {

  private static final TextMapGetter<Map<String, String>> HEADERS =
      new TextMapGetter<>() {
        // Deprecated in the API but still read by propagators that list a carrier's headers.
        @SuppressWarnings("deprecation")
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;
  private final Optional<SdkTracerProvider> provider;

  private Tracing(Tracer tracer, Optional<SdkTracerProvider> provider) {
    this.tracer = tracer;
    this.provider = provider;
  }

  static Tracing from(Telemetry config) {
    return config
        .otlpEndpoint()
        .map(
            endpoint -> {
              var exporter =
                  OtlpHttpSpanExporter.builder()
                      .setEndpoint(endpoint.toString().replaceAll("/+$", "") + "/v1/traces")
                      .build();
              var provider =
                  SdkTracerProvider.builder()
                      .setResource(
                          Resource.getDefault()
                              .merge(
                                  Resource.create(
                                      Attributes.of(
                                          AttributeKey.stringKey("service.name"),
                                          config.serviceName()))))
                      .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
                      .build();
              return new Tracing(provider.get("dev.kassa"), Optional.of(provider));
            })
        .orElseGet(
            () -> new Tracing(OpenTelemetry.noop().getTracer("dev.kassa"), Optional.empty()));
  }

  Tracer tracer() {
    return tracer;
  }

  /** The context a request's {@code traceparent} names, or the root when it names none. */
  Context parentOf(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    return W3CTraceContextPropagator.getInstance()
        .extract(Context.root(), Map.of("traceparent", traceparent), HEADERS);
  }

  /** The context an event's stored trace names, or the root when it has none. */
  Context parentOf(Optional<TraceContext> trace) {
    return trace
        .map(
            it ->
                W3CTraceContextPropagator.getInstance()
                    .extract(
                        Context.root(),
                        Map.of("traceparent", it.traceparent(), "tracestate", it.tracestate()),
                        HEADERS))
        .orElseGet(Context::root);
  }

  /** The W3C form of the current span's context, empty when no valid span is current. */
  static Optional<TraceContext> currentTrace() {
    if (!Span.current().getSpanContext().isValid()) {
      return Optional.empty();
    }
    var headers = new HashMap<String, String>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
    return Optional.ofNullable(headers.get("traceparent"))
        .map(traceparent -> new TraceContext(traceparent, headers.getOrDefault("tracestate", "")));
  }

  /**
   * The span's trace id when it has a valid one (it is recorded, or continues a caller's trace).
   */
  static Optional<String> traceIdOf(Span span) {
    var context = span.getSpanContext();
    return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
  }

  /** Exports the spans still buffered, then stops. */
  @Override
  public void close() {
    provider.ifPresent(SdkTracerProvider::close);
  }
}
