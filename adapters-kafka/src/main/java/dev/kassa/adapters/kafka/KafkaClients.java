package dev.kassa.adapters.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producers and consumers Kassa uses: keys are subjects, values CloudEvents JSON. */
final class KafkaClients {

  private KafkaClients() {}

  /**
   * An idempotent producer ({@code acks=all}): a retried send is written once, and the sends of one
   * partition keep their order. A send waits at most {@code sendTimeout} for its acknowledgement.
   */
  static KafkaProducer<String, byte[]> producer(KafkaSettings settings, String clientId) {
    var timeout = (int) settings.sendTimeout().toMillis();
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            settings.bootstrapServers(),
            ProducerConfig.CLIENT_ID_CONFIG,
            clientId,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.LINGER_MS_CONFIG,
            5,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            timeout,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            timeout / 2,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            timeout),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /**
   * A consumer of {@code group} that commits its offsets itself, reading new groups from the start.
   */
  static KafkaConsumer<String, byte[]> consumer(KafkaSettings settings, String group) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            settings.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            group,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            100),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }
}
