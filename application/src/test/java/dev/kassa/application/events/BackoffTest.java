package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void startsNearOneSecondDoublesAndStopsAtOneHourWithJitter() {
    var backoff = new Backoff(() -> new SplittableRandom(42));

    assertThat(backoff.after(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1_200));
    assertThat(backoff.after(2)).isBetween(Duration.ofMillis(1_600), Duration.ofMillis(2_400));
    assertThat(backoff.after(5)).isBetween(Duration.ofMillis(12_800), Duration.ofMillis(19_200));
    assertThat(backoff.after(12))
        .isBetween(Duration.ofMillis(1_638_400), Duration.ofMillis(2_457_600));
    assertThat(backoff.after(40)).isBetween(Duration.ofMinutes(48), Duration.ofHours(1));
  }

  @Test
  void jitterSpreadsDeliveriesThatFailedTogether() {
    var random = new SplittableRandom(7);
    var backoff = new Backoff(() -> random);

    assertThat(backoff.after(3)).isNotEqualTo(backoff.after(3));
  }
}
