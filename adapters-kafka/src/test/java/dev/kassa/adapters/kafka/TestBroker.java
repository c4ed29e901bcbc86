package dev.kassa.adapters.kafka;

import dev.kassa.domain.event.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real KRaft Kafka of the test's own, in process: one controller and one broker, whose topics
 * have 4 partitions. The broker can be stopped and started again on the same port.
 */
// close() waits for the broker to stop, which may be interrupted.
@SuppressWarnings("try")
final class TestBroker implements AutoCloseable {

  static final int PARTITIONS = 4;

  private final KafkaClusterTestKit cluster;

  private TestBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static TestBroker start() throws Exception {
    var cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder()
                    .setCombined(false)
                    .setNumControllerNodes(1)
                    .setNumBrokerNodes(1)
                    .build())
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "4")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("num.partitions", String.valueOf(PARTITIONS))
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new TestBroker(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  int brokerId() {
    return cluster.brokers().keySet().iterator().next();
  }

  void stopBroker() {
    var broker = cluster.brokers().get(brokerId());
    broker.shutdown();
    broker.awaitShutdown();
  }

  void startBroker() throws Exception {
    cluster.brokers().get(brokerId()).startup();
    cluster.waitForReadyBrokers();
  }

  /**
   * Every record on {@code topic}, once {@code count} have arrived or {@code within} has passed.
   */
  List<ConsumerRecord<String, byte[]>> read(String topic, int count, Duration within) {
    var records = new ArrayList<ConsumerRecord<String, byte[]>>();
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
      var deadline = System.nanoTime() + within.toNanos();
      while (records.size() < count && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** How many members of {@code group} hold at least one partition. */
  int membersWithPartitions(String group) {
    try (var admin = cluster.admin()) {
      return (int)
          admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
              .filter(member -> !member.assignment().topicPartitions().isEmpty())
              .count();
    } catch (ExecutionException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** Publishes {@code event} once more, as a relay does when its lease ran out mid-send. */
  void publish(String topic, StoredEvent event) throws Exception {
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(new ProducerRecord<>(topic, event.subject(), CloudEventJson.write(event)))
          .get();
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
