package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConfigTest {

  @Test
  void theTopicAndTheAttemptsHaveDefaults() {
    var kafka = parse(Map.of()).kafka();

    assertThat(kafka.topic()).isEqualTo("kassa.events");
    assertThat(kafka.maxAttempts()).isEqualTo(12);
    assertThat(kafka.consumersInServer()).isFalse();
  }

  @Test
  void theTopicAndTheAttemptsAreRead() {
    var kafka =
        parse(
                Map.of(
                    "KAFKA_TOPIC",
                    "shop_events-2",
                    "EVENT_MAX_ATTEMPTS",
                    "3",
                    "KAFKA_CONSUMERS_IN_SERVER",
                    "true"))
            .kafka();

    assertThat(kafka).isEqualTo(new Kafka("shop_events-2", 3, true));
  }

  @Test
  void aTopicKafkaWouldRefuseAndAttemptsOutOfRangeAreNamed() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "KAFKA_TOPIC",
                        "events/shop",
                        "EVENT_MAX_ATTEMPTS",
                        "0",
                        "KAFKA_CONSUMERS_IN_SERVER",
                        "yes")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(problem -> problem.startsWith("KAFKA_TOPIC must be 1 to 180"))
                    .anyMatch(problem -> problem.startsWith("EVENT_MAX_ATTEMPTS"))
                    .contains("KAFKA_CONSUMERS_IN_SERVER must be true or false, was 'yes'"));
  }
}
