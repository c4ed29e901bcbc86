package dev.kassa.bootstrap.e2e;

import static dev.kassa.bootstrap.e2e.MetricsText.eventually;
import static dev.kassa.bootstrap.e2e.MetricsText.grown;
import static dev.kassa.bootstrap.e2e.MetricsText.series;
import static dev.kassa.bootstrap.e2e.MetricsText.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metrics on the management port of a server of its own: HTTP by route template, JVM, pool, units
 * of work and business series with the right counts; nothing on the public port; bounded series
 * whatever the paths.
 */
class MetricsE2ETest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static RunningKassa kassa;
  private static int managementPort;

  @BeforeAll
  static void start() throws IOException {
    managementPort = freePort();
    kassa = RunningKassa.startWith(Map.of("MANAGEMENT_PORT", Integer.toString(managementPort)));
  }

  @AfterAll
  static void stop() {
    if (kassa != null) {
      kassa.close();
    }
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
  void eventDeliveriesAndTheOutboxLagAreSeries() throws Exception {
    var bank = kassa.bank();
    var admin = bank.logIn(kassa.adminEmail(), kassa.adminPassword());
    kassa.http().post("/v1/products").as(admin).json(ValidBodies.newProduct()).send().expect(201);

    eventually(
        () -> {
          var text = scrape("/metrics").body();
          assertThat(
                  value(
                      text,
                      "kassa_event_deliveries_total{outcome=\"delivered\",subscriber=\"product-cache\"}"))
              .isPositive();
          assertThat(value(text, "kassa_outbox_lag_seconds")).isNotNegative();
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

  private static HttpResponse<String> scrape(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
        BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
