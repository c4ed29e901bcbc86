package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Traces over OTLP/HTTP to a local collector, on a server of its own: a caller's {@code
 * traceparent} is continued, its trace id is on the request's log lines, and the request's span
 * (named by its route template) and its unit of work's span reach the collector.
 */
class TracingE2ETest {

  private static OtlpReceiver collector;
  private static RunningKassa kassa;

  @BeforeAll
  static void start() throws IOException {
    collector = new OtlpReceiver();
    kassa =
        RunningKassa.startWith(
            Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                collector.endpoint(),
                "OTEL_SERVICE_NAME",
                "kassa-e2e"));
  }

  @AfterAll
  static void stop() {
    if (kassa != null) {
      kassa.close();
    }
    collector.close();
  }

  @Test
  void aRequestWithTraceparentIsLoggedWithItsTraceIdAndItsSpansReachTheCollector()
      throws Exception {
    var traceId = HexFormat.of().formatHex(randomBytes(16));
    var requestId = "obs-" + UUID.randomUUID();
    try (var log = new CapturedLog()) {
      kassa
          .http()
          .post("/v1/auth/login")
          .header(
              "traceparent",
              "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
          .header("X-Request-Id", requestId)
          .json(
              Map.of(
                  "email",
                  "nobody-" + UUID.randomUUID() + "@example.com",
                  "password",
                  "whatever-1"))
          .send()
          .expectError(401, "unauthenticated");
      log.awaitRequest(requestId);
      var lines =
          log.events().stream()
              .filter(event -> requestId.equals(event.getMDCPropertyMap().get("requestId")))
              .toList();
      assertThat(lines)
          .isNotEmpty()
          .allSatisfy(
              event -> assertThat(event.getMDCPropertyMap()).containsEntry("traceId", traceId));
    }
    var export =
        collector.awaitExportContaining(
            "kassa-e2e",
            "POST /v1/auth/login",
            "db unit of work",
            new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1));
    assertThat(export).contains("http.route");
  }

  @Test
  void withTracingOnARequestWithoutTraceparentStillHasATraceIdInItsLogLines() throws Exception {
    var requestId = "obs-" + UUID.randomUUID();
    try (var log = new CapturedLog()) {
      kassa.http().get("/v1/health/live").header("X-Request-Id", requestId).send().expect(200);
      log.awaitRequest(requestId);
      assertThat(log.events())
          .filteredOn(event -> requestId.equals(event.getMDCPropertyMap().get("requestId")))
          .isNotEmpty()
          .allSatisfy(
              event ->
                  assertThat(event.getMDCPropertyMap().get("traceId"))
                      .matches("[0-9a-f]{32}")
                      .isNotEqualTo("0".repeat(32)));
    }
  }

  @Test
  void aRequestThatMakesAnEventIsFollowedThroughTheOutboxIntoEachDelivery() throws Exception {
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var traceId = HexFormat.of().formatHex(randomBytes(16));

    kassa
        .http()
        .post("/v1/products")
        .as(admin)
        .header(
            "traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
        .json(
            Map.of(
                "sku",
                "TRACE-" + UUID.randomUUID(),
                "name",
                "Traced lamp",
                "description",
                "A lamp followed through the outbox",
                "price",
                1_200,
                "currency",
                Bank.CURRENCY,
                "category",
                "trace",
                "stock",
                5))
        .send()
        .expect(201);

    var request = collector.awaitSpan("kassa-e2e", "POST /v1/products", traceId);
    var delivery = collector.awaitSpan("kassa-e2e", "deliver product.created", traceId);
    var units =
        collector.spans().stream()
            .filter(span -> span.traceId().equals(traceId) && span.name().equals("db unit of work"))
            .map(OtlpReceiver.ReceivedSpan::spanId)
            .toList();
    assertThat(units).isNotEmpty();
    assertThat(delivery.parentSpanId()).isIn(units);
    assertThat(request.parentSpanId()).isNotEqualTo(delivery.parentSpanId());
  }

  private static byte[] randomBytes(int count) {
    var bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
