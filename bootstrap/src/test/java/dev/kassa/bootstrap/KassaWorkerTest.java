package dev.kassa.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.bootstrap.config.KassaConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KassaWorkerTest {

  @Test
  void theWorkerNeedsKafka() {
    var config = KassaConfig.fromEnvironment(Map.of());

    assertThatThrownBy(() -> KassaWorker.start(config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("kassa worker needs KAFKA_BOOTSTRAP_SERVERS");
  }
}
