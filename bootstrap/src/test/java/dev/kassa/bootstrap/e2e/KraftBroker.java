package dev.kassa.bootstrap.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real KRaft Kafka of the test's own, in process: one controller and one broker. */
final class KraftBroker {

  private final KafkaClusterTestKit cluster;

  private KraftBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static KraftBroker start() throws Exception {
    var cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(false)
                    .setNumControllerNodes(1)
                    .setNumBrokerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "2")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new KraftBroker(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** The first record on {@code topic}, waiting up to {@code within} for it. */
  ConsumerRecord<String, byte[]> first(String topic, Duration within) {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      var records = new ArrayList<ConsumerRecord<String, byte[]>>();
      var deadline = System.nanoTime() + within.toNanos();
      while (records.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      if (records.isEmpty()) {
        throw new AssertionError("nothing arrived on " + topic + " within " + within);
      }
      return records.getFirst();
    }
  }

  void stop() throws Exception {
    cluster.close();
  }
}
