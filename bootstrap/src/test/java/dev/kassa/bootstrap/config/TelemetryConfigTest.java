package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TelemetryConfigTest {

  @Test
  void metricsAreServedOnLoopbackPort9090AndTracingIsOffByDefault() {
    var telemetry = parse(Map.of()).telemetry();

    assertThat(telemetry.managementHost()).isEqualTo("127.0.0.1");
    assertThat(telemetry.managementPort()).isEqualTo(OptionalInt.of(9090));
    assertThat(telemetry.otlpEndpoint()).isEmpty();
    assertThat(telemetry.serviceName()).isEqualTo("kassa");
  }

  @Test
  void managementPortZeroTurnsMetricsOffAndTestServersHaveNoneUnlessAsked() {
    assertThat(parse(Map.of("MANAGEMENT_PORT", "0")).telemetry().managementPort()).isEmpty();
    assertThat(parse(Map.of("KASSA_ENV", "test")).telemetry().managementPort()).isEmpty();
    assertThat(
            parse(Map.of("KASSA_ENV", "test", "MANAGEMENT_PORT", "9191"))
                .telemetry()
                .managementPort())
        .isEqualTo(OptionalInt.of(9191));
  }

  @Test
  void everyTelemetryVariableIsRead() {
    var telemetry =
        parse(
                Map.of(
                    "MANAGEMENT_HOST", "0.0.0.0",
                    "MANAGEMENT_PORT", "9464",
                    "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                    "OTEL_SERVICE_NAME", "kassa-eu"))
            .telemetry();

    assertThat(telemetry.managementHost()).isEqualTo("0.0.0.0");
    assertThat(telemetry.managementPort()).isEqualTo(OptionalInt.of(9464));
    assertThat(telemetry.otlpEndpoint()).contains(URI.create("http://collector:4318"));
    assertThat(telemetry.serviceName()).isEqualTo("kassa-eu");
  }

  @Test
  void aWrongPortOrEndpointStopsStartUpNamingTheVariable() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "MANAGEMENT_PORT", "70000",
                        "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            wrong ->
                assertThat(wrong.problems())
                    .anySatisfy(problem -> assertThat(problem).startsWith("MANAGEMENT_PORT "))
                    .anySatisfy(
                        problem -> assertThat(problem).startsWith("OTEL_EXPORTER_OTLP_ENDPOINT ")));
  }
}
