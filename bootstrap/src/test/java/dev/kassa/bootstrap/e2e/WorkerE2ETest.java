package dev.kassa.bootstrap.e2e;

import static dev.kassa.bootstrap.e2e.MetricsText.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.KassaWorker;
import dev.kassa.bootstrap.config.KassaConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kafka shape on a KRaft broker of its own: a server publishing its outbox and a {@code kassa
 * worker} consuming it, both tracing to one local OTLP collector. A request's trace goes through
 * the outbox, the record's {@code traceparent} header and the worker's delivery span; the worker
 * serves its metrics and health on its management port.
 */
class WorkerE2ETest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String TOPIC = "kassa-events-" + UUID.randomUUID();

  private static KraftBroker broker;
  private static OtlpReceiver collector;
  private static RunningKassa kassa;
  private static KassaWorker worker;

  @BeforeAll
  static void start() throws Exception {
    broker = KraftBroker.start();
    collector = new OtlpReceiver();
    kassa =
        RunningKassa.startWith(
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "KAFKA_TOPIC",
                TOPIC,
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                collector.endpoint(),
                "OTEL_SERVICE_NAME",
                "kassa-api"));
    var workerEnvironment = new HashMap<>(kassa.configuration());
    workerEnvironment.put("OTEL_SERVICE_NAME", "kassa-worker");
    workerEnvironment.put("MANAGEMENT_PORT", Integer.toString(freePort()));
    workerEnvironment.put("MANAGEMENT_HOST", "127.0.0.1");
    worker = KassaWorker.start(KassaConfig.fromEnvironment(workerEnvironment));
  }

  @AfterAll
  static void stop() throws Exception {
    if (worker != null) {
      worker.close();
    }
    if (kassa != null) {
      kassa.close();
    }
    collector.close();
    broker.stop();
  }

  @Test
  void aRequestsTraceGoesThroughKafkaIntoTheWorkersDeliveryAndTheWorkerShowsItsMetrics()
      throws Exception {
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
                "KAFKA-" + UUID.randomUUID(),
                "name",
                "Relayed lamp",
                "description",
                "A lamp followed through Kafka",
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

    var record = broker.first(TOPIC, PATIENCE);
    var traceparent =
        new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
    assertThat(traceparent).startsWith("00-" + traceId + "-");
    assertThat(new String(record.value(), StandardCharsets.UTF_8))
        .contains("\"traceparent\":\"" + traceparent + "\"");
    collector.awaitSpan("kassa-api", "POST /v1/products", traceId);
    var delivery = collector.awaitSpan("kassa-worker", "deliver product.created", traceId);
    assertThat(traceparent).contains("-" + delivery.parentSpanId() + "-");

    var health = scrape("/health/live");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    var metrics = scrape("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(
            value(
                metrics.body(),
                "kassa_event_handling_seconds_count{outcome=\"ok\",subscriber=\"product-cache\"}"))
        .isPositive();
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "hikaricp_connections");
    assertThat(scrape("/v1/health/live").statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> scrape(String path) throws Exception {
    var port = worker.managementPort().orElseThrow();
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static byte[] randomBytes(int count) {
    var bytes = new byte[count];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
