package dev.kassa.bootstrap.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Metrics and traces. {@code managementPort} serves {@code GET /metrics} on {@code managementHost}
 * (default {@code 127.0.0.1:9090}; {@code MANAGEMENT_PORT=0} turns it off, and so does {@code
 * KASSA_ENV=test} unless the port is set, so that test servers never compete for one port). Traces
 * are exported over OTLP/HTTP to {@code otlpEndpoint} (the collector's base URL, to which {@code
 * /v1/traces} is added) when it is set, named {@code serviceName}.
 */
public record Telemetry(
    String managementHost,
    OptionalInt managementPort,
    Optional<URI> otlpEndpoint,
    String serviceName) {

  public static final int DEFAULT_MANAGEMENT_PORT = 9090;
  public static final String DEFAULT_MANAGEMENT_HOST = "127.0.0.1";

  public Telemetry {
    Objects.requireNonNull(managementHost, "managementHost");
    Objects.requireNonNull(managementPort, "managementPort");
    Objects.requireNonNull(otlpEndpoint, "otlpEndpoint");
    Objects.requireNonNull(serviceName, "serviceName");
  }

  static Telemetry read(Variables variables, Environment environment) {
    var fallback = environment == Environment.TEST ? 0 : DEFAULT_MANAGEMENT_PORT;
    var port = variables.integer("MANAGEMENT_PORT", fallback, 0, 65_535);
    var host = variables.get("MANAGEMENT_HOST").orElse(DEFAULT_MANAGEMENT_HOST);
    var endpoint = variables.url("OTEL_EXPORTER_OTLP_ENDPOINT", Set.of("http", "https"), false);
    var service = variables.get("OTEL_SERVICE_NAME").orElse("kassa");
    return new Telemetry(
        host, port == 0 ? OptionalInt.empty() : OptionalInt.of(port), endpoint, service);
  }
}
