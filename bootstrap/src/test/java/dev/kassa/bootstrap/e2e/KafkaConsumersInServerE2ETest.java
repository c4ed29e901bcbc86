package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server with {@code KAFKA_CONSUMERS_IN_SERVER=true} runs the relay and the consumer groups
 * itself: with no {@code kassa worker}, its events reach their subscribers through a real KRaft
 * Kafka, and its admin API and health show it.
 */
class KafkaConsumersInServerE2ETest {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static KafkaClusterTestKit broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(false)
                    .setNumControllerNodes(1)
                    .setNumBrokerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "2")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("num.partitions", "2")
            .build();
    broker.format();
    broker.startup();
    broker.waitForReadyBrokers();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void theServersOwnConsumersDeliverItsEvents() throws Exception {
    try (var kassa =
        RunningKassa.startWith(
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                broker.bootstrapServers(),
                "KAFKA_TOPIC",
                "events-" + UUID.randomUUID(),
                "KAFKA_CONSUMERS_IN_SERVER",
                "true"))) {
      var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
      var customer = kassa.bank().register();
      var path = "/v1/admin/events?type=user.registered&subject=" + customer.id();

      await(
          () -> {
            var events = kassa.http().get(path).as(admin).send().expect(200).get("data");
            return events.size() == 1 && allDelivered(events.get(0).get("deliveries"));
          });

      var event = kassa.http().get(path).as(admin).send().expect(200).get("data").get(0);
      assertThat(event.get("deliveries"))
          .anySatisfy(
              delivery -> {
                assertThat(delivery.get("subscriber").asText()).isEqualTo("webhooks");
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
              });
      var delivered =
          kassa.http().get(path + "&status=delivered").as(admin).send().expect(200).get("data");
      assertThat(delivered).hasSize(1);
      var pending =
          kassa.http().get(path + "&status=pending").as(admin).send().expect(200).get("data");
      assertThat(pending).isEmpty();
      var health = kassa.http().get("/v1/health").send().expect(200).get("events");
      assertThat(health.get("unpublished").asLong()).isZero();
    }
  }

  private static boolean allDelivered(JsonNode deliveries) {
    if (deliveries.isEmpty()) {
      return false;
    }
    for (var delivery : deliveries) {
      if (!delivery.get("status").asText().equals("delivered")) {
        return false;
      }
    }
    return true;
  }
}
