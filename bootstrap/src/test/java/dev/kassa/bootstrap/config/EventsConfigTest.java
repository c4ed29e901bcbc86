package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsConfigTest {

  @Test
  void deliveryDefaultsAreTheDocumentedOnes() {
    var events = parse(Map.of()).events();

    assertThat(events.maxAttempts()).isEqualTo(12);
    assertThat(events.lagWarn()).isEqualTo(Duration.ofMinutes(1));
    assertThat(events.source()).isEqualTo(URI.create("/kassa"));
    assertThat(events.workers()).isEqualTo(2);
    assertThat(events.shutdownDeadline()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void readsTheDeliverySettingsIntoTheEventSettings() {
    var settings =
        parse(
                Map.of(
                    "EVENT_MAX_ATTEMPTS", "3",
                    "EVENT_LAG_WARN", "PT5M",
                    "EVENT_SOURCE", "https://shop.example.com/kassa"))
            .events()
            .settings();

    assertThat(settings.maxAttempts()).isEqualTo(3);
    assertThat(settings.lagWarn()).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.source()).isEqualTo(URI.create("https://shop.example.com/kassa"));
  }

  @Test
  void refusesAttemptsBelowOneAndASourceThatIsNoUri() {
    assertThatThrownBy(() -> parse(Map.of("EVENT_MAX_ATTEMPTS", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("EVENT_MAX_ATTEMPTS");
    assertThatThrownBy(() -> parse(Map.of("EVENT_SOURCE", "not a uri")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("EVENT_SOURCE");
  }
}
