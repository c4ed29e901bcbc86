package dev.kassa.bootstrap.ops;

import static dev.kassa.bootstrap.ops.ComposeFile.KASSA_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.bootstrap.config.Environment;
import dev.kassa.bootstrap.config.KassaConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml, ops/Caddyfile and ops/prometheus.yml, checked without Docker: the services the
 * operations issue asks for, environments Kassa reads and accepts, and files that agree on ports.
 */
class ComposeFileTest {

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void composeStartsTwoReplicasAndAWorkerOfOneImageWithEverythingAroundThem() {
    assertThat(compose.services())
        .containsOnlyKeys(
            "kassa-1",
            "kassa-2",
            "worker",
            "proxy",
            "postgres",
            "redis",
            "kafka",
            "mailpit",
            "prometheus");
    for (var name : KASSA_SERVICES) {
      assertThat(compose.service(name))
          .containsEntry("build", ".")
          .containsEntry("image", "kassa:local");
    }
    assertThat(compose.service("worker")).containsEntry("command", List.of("worker"));
    assertThat(compose.environment("kafka"))
        .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
        .doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
  }

  @Test
  void everyVariableSetForKassaIsOneKassaReads() {
    var known = new HashSet<>(RepositoryFiles.readByConfiguration());
    for (var name : KASSA_SERVICES) {
      assertThat(known).as(name).containsAll(compose.environment(name).keySet());
    }
  }

  @Test
  void everyKassaServiceIsAProductionConfigurationOnTheOneDatabase() {
    for (var name : KASSA_SERVICES) {
      var config = KassaConfig.fromEnvironment(compose.environment(name));

      assertThat(config.environment()).isEqualTo(Environment.PROD);
      assertThat(config.database().jdbcUrl()).contains("jdbc:postgresql://postgres:5432/kassa");
      assertThat(config.security().jwtSecret().generated()).isFalse();
      assertThat(config.integrations().redisUrl()).isPresent();
      assertThat(config.integrations().kafkaBootstrapServers()).containsExactly("kafka:9092");
      assertThat(config.integrations().mail()).isPresent();
    }
    assertThat(compose.environment("postgres"))
        .containsEntry("POSTGRES_DB", "kassa")
        .containsEntry("POSTGRES_USER", compose.environment("kassa-1").get("DATABASE_USER"));
  }

  @Test
  void onlyTheProxyAndTheToolsPublishPortsAndTheManagementPortsReachOnlyPrometheus() {
    for (var name : KASSA_SERVICES) {
      assertThat(compose.service(name)).doesNotContainKey("ports");
      assertThat(compose.environment(name))
          .containsEntry("MANAGEMENT_PORT", "9090")
          .containsEntry("MANAGEMENT_HOST", "0.0.0.0");
    }
    assertThat(compose.service("proxy").get("ports")).isEqualTo(List.of("8080:80"));
    assertThat(compose.service("prometheus").get("networks")).isEqualTo(List.of("metrics"));
    assertThat(compose.service("worker").get("networks")).isEqualTo(List.of("data", "metrics"));
  }

  @Test
  void theProxyBalancesRoundRobinOverBothReplicasPublicPort() {
    assertThat(compose.service("proxy").get("volumes"))
        .isEqualTo(List.of("./ops/Caddyfile:/etc/caddy/Caddyfile:ro"));
    var caddyfile = RepositoryFiles.read("ops/Caddyfile");
    var port = compose.environment("kassa-1").get("PORT");

    assertThat(caddyfile)
        .contains(":80 {")
        .containsPattern(
            Pattern.compile("reverse_proxy kassa-1:" + port + " kassa-2:" + port + " \\{"))
        .contains("lb_policy round_robin")
        .doesNotContain(":9090");
  }

  @Test
  void prometheusScrapesEveryKassaProcessOnItsManagementPort() {
    assertThat(compose.service("prometheus").get("volumes"))
        .isEqualTo(List.of("./ops/prometheus.yml:/etc/prometheus/prometheus.yml:ro"));
    var prometheus = ComposeFile.map(new Yaml().load(RepositoryFiles.read("ops/prometheus.yml")));
    var targets = new HashSet<Object>();
    for (var job : ComposeFile.list(prometheus.get("scrape_configs"))) {
      assertThat(ComposeFile.map(job)).containsEntry("metrics_path", "/metrics");
      for (var group : ComposeFile.list(ComposeFile.map(job).get("static_configs"))) {
        targets.addAll(ComposeFile.list(ComposeFile.map(group).get("targets")));
      }
    }

    assertThat(targets)
        .containsExactlyInAnyOrderElementsOf(
            KASSA_SERVICES.stream()
                .map(name -> name + ":" + compose.environment(name).get("MANAGEMENT_PORT"))
                .toList());
  }

  @Test
  void theWorkerIsHealthyByItsManagementPortForItServesNoPublicOne() {
    var port = compose.environment("worker").get("MANAGEMENT_PORT");

    assertThat(compose.service("worker").get("healthcheck"))
        .isEqualTo(
            Map.of(
                "test",
                List.of("CMD", "curl", "-fsS", "http://127.0.0.1:" + port + "/health/live"),
                "interval",
                "10s",
                "timeout",
                "3s",
                "start_period",
                "60s",
                "retries",
                3));
    assertThat(compose.service("kassa-1")).doesNotContainKey("healthcheck");
  }
}
