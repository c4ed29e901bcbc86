package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metrics on the management port and traces over OTLP, on a server of its own (so that every count
 * is this class's): HTTP by route template, JVM, pool, units of work and business series; nothing
 * on the public port; bounded series whatever the paths; trace ids in the logs and spans exported.
 */
class ObservabilityE2ETest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static OtlpReceiver collector;
  private static RunningKassa kassa;
  private static int managementPort;

  @BeforeAll
  static void start() throws IOException {
    collector = new OtlpReceiver();
    managementPort = freePort();
    kassa =
        RunningKassa.startWith(
            Map.of(
                "MANAGEMENT_PORT", Integer.toString(managementPort),
                "OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                "OTEL_SERVICE_NAME", "kassa-e2e"));
  }

  @AfterAll
  static void stop() {
    if (kassa != null) {
      kassa.close();
    }
    collector.close();
  }

  @Test
  void metricsShowHttpJvmPoolAndBusinessSeriesAfterASmallFlow() throws Exception {
    var before = scrape("/metrics").body();
    var bank = kassa.bank();
    var http = kassa.http();
    var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
    var sender = bank.register();
    var from = bank.fundedAccount(sender, 10_000);
    var to = bank.openAccount(bank.register());
    var key = UUID.randomUUID().toString();
    bank.transferRequest(sender, from, to, 2_500).header("Idempotency-Key", key).send().expect(201);
    bank.transferRequest(sender, from, to, 2_500).header("Idempotency-Key", key).send().expect(201);
    http.post("/v1/auth/login")
        .json(Map.of("email", sender.email(), "password", "wrong-" + UUID.randomUUID()))
        .send()
        .expectError(401, "unauthenticated");
    var product =
        http.post("/v1/products")
            .as(admin)
            .json(
                Map.of(
                    "sku",
                    "OBS-" + UUID.randomUUID(),
                    "name",
                    "Lamp",
                    "description",
                    "A lamp",
                    "price",
                    1_200,
                    "currency",
                    Bank.CURRENCY,
                    "category",
                    "obs",
                    "stock",
                    5))
            .send()
            .expect(201);
    http.post("/v1/cart/items")
        .as(sender)
        .json(Map.of("productId", product.get("id").asText(), "quantity", 1))
        .send()
        .expect(201);
    http.post("/v1/checkout")
        .as(sender)
        .json(Map.of("paymentMethod", Map.of("type", "account", "accountId", from)))
        .send()
        .expect(201);

    eventually(
        () -> {
          var metrics = scrape("/metrics");

          assertThat(metrics.statusCode()).isEqualTo(200);
          assertThat(metrics.headers().firstValue("Content-Type"))
              .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
          var text = metrics.body();
          assertThat(
                  grown(
                      before,
                      text,
                      "http_server_requests_seconds_count{method=\"POST\",route=\"/v1/transfers\",status=\"201\"}"))
              .isEqualTo(2);
          assertThat(
                  grown(
                      before,
                      text,
                      "http_server_requests_seconds_count{method=\"POST\",route=\"/v1/auth/login\",status=\"401\"}"))
              .isEqualTo(1);
          assertThat(text)
              .contains(
                  "http_server_requests_seconds_bucket{method=\"POST\",route=\"/v1/transfers\",status=\"201\",le=");
          assertThat(grown(before, text, "kassa_transfers_total{currency=\"EUR\"}")).isEqualTo(1);
          assertThat(grown(before, text, "kassa_transfers_amount_minor_total{currency=\"EUR\"}"))
              .isEqualTo(2_500);
          assertThat(grown(before, text, "kassa_deposits_total{currency=\"EUR\"}")).isEqualTo(1);
          assertThat(grown(before, text, "kassa_deposits_amount_minor_total{currency=\"EUR\"}"))
              .isEqualTo(10_000);
          assertThat(grown(before, text, "kassa_logins_failed_total")).isEqualTo(1);
          assertThat(
                  grown(
                      before, text, "kassa_checkouts_total{method=\"account\",outcome=\"placed\"}"))
              .isEqualTo(1);
          assertThat(grown(before, text, "kassa_idempotent_replays_total{route=\"/v1/transfers\"}"))
              .isEqualTo(1);
          assertThat(grown(before, text, "kassa_order_transitions_total{to=\"placed\"}"))
              .isEqualTo(1);
          assertThat(
                  grown(before, text, "kassa_db_transactions_seconds_count{outcome=\"committed\"}"))
              .isPositive();
          assertThat(text)
              .contains(
                  "jvm_memory_used_bytes{",
                  "jvm_gc_",
                  "jvm_threads_live_threads",
                  "jvm_threads_virtual_",
                  "process_cpu_usage")
              .contains(
                  "hikaricp_connections_max{pool=\"kassa\"}",
                  "hikaricp_connections_acquire_seconds");
        });
  }

  @Test
  void metricsAreNotOnThePublicPortAndTheManagementPortServesNothingElse() throws Exception {
    var onPublicPort =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + kassa.server().port() + "/metrics"))
                .build(),
            BodyHandlers.ofString());
    assertThat(onPublicPort.statusCode()).isEqualTo(404);
    assertThat(onPublicPort.body()).contains("\"code\":\"not_found\"").doesNotContain("jvm_");
    assertThat(scrape("/v1/health").statusCode()).isEqualTo(404);
  }

  @Test
  void aFloodOfRandomPathsAddsNoSeriesPerPath() throws Exception {
    var before = series(scrape("/metrics").body());
    for (int i = 0; i < 200; i++) {
      var path = "/flood-" + UUID.randomUUID() + "/" + i;
      var reply =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kassa.server().port() + path))
                  .build(),
              BodyHandlers.discarding());
      assertThat(reply.statusCode()).isEqualTo(404);
    }
    eventually(
        () -> {
          var text = scrape("/metrics").body();
          assertThat(text).doesNotContain("flood-");
          assertThat(
                  value(
                      text,
                      "http_server_requests_seconds_count{method=\"GET\",route=\"NOT_FOUND\",status=\"404\"}"))
              .isGreaterThanOrEqualTo(200);
          assertThat(series(text)).isLessThan(before + 50);
        });
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
            new String(
                HexFormat.of().parseHex(traceId), java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(export).contains("http.route");
  }

  private static java.net.http.HttpResponse<String> scrape(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
        BodyHandlers.ofString());
  }

  /** Metrics are recorded as a request ends, which may be just after its client has the answer. */
  private static void eventually(Check check) throws Exception {
    var deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(20);
      }
    }
  }

  private interface Check {
    void run() throws Exception;
  }

  /** The value of one series in Prometheus text, such as {@code name{label="x"}}. */
  private static double value(String text, String series) {
    var line =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(text);
    assertThat(line.find()).as("series %s in%n%s", series, text).isTrue();
    return Double.parseDouble(line.group(1));
  }

  /** How much a series grew between two scrapes; one absent before counts from zero. */
  private static double grown(String before, String after, String series) {
    var earlier = before.contains("\n" + series + " ") ? value(before, series) : 0;
    return value(after, series) - earlier;
  }

  private static long series(String text) {
    return text.lines().filter(line -> !line.startsWith("#")).count();
  }

  private static byte[] randomBytes(int count) {
    var bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
