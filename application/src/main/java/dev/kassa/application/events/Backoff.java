package dev.kassa.application.events;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: about 1 s after the first failure, doubling with each
 * further one, capped at one hour; each delay is jittered by up to 20% either way, so that many
 * deliveries failing together do not all come back at once.
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration CAP = Duration.ofHours(1);

  private final Supplier<RandomGenerator> random;

  /** {@code random} gives the calling thread's generator ({@code ThreadLocalRandom::current}). */
  public Backoff(Supplier<RandomGenerator> random) {
    this.random = random;
  }

  /** The wait after the {@code failures}-th failed attempt (counting from 1). */
  public Duration after(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures count from 1");
    }
    var doublings = Math.min(failures - 1, 12);
    var base = Math.min(FIRST.toMillis() << doublings, CAP.toMillis());
    var jittered = Math.round(base * (0.8 + 0.4 * random.get().nextDouble()));
    return Duration.ofMillis(Math.min(jittered, CAP.toMillis()));
  }
}
