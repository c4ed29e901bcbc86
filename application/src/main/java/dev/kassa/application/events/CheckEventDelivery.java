package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far event delivery lags: the age of the oldest pending delivery (with a broker, of the oldest
 * event not yet published to it), against a threshold past which delivery counts as degraded (not
 * failed: the changes themselves still commit).
 */
public final class CheckEventDelivery {

  /**
   * The lag ({@link Duration#ZERO} when nothing is pending) and whether it passed the threshold;
   * with a broker, how many events wait to be published.
   */
  public record Health(
      DeliveryCounts counts, OptionalLong unpublished, Duration lag, Duration threshold) {

    public boolean lagging() {
      return new Lag(lag, threshold).lagging();
    }
  }

  private final DeliveryStates states;
  private final Duration threshold;
  private final Clock clock;

  CheckEventDelivery(DeliveryStates states, Duration threshold, Clock clock) {
    if (!threshold.isPositive()) {
      throw new IllegalArgumentException("threshold must be positive");
    }
    this.states = states;
    this.threshold = threshold;
    this.clock = clock;
  }

  /** How far delivery lags, for a watch that asks often: the lag alone, nothing counted. */
  public record Lag(Duration lag, Duration threshold) {

    public boolean lagging() {
      return lag.compareTo(threshold) > 0;
    }
  }

  public Health execute() {
    var backlog = states.backlog();
    var counts = backlog.counts();
    return new Health(
        counts, backlog.unpublished(), lagSince(counts.oldestPendingSince()), threshold);
  }

  /** The lag and whether it passed the threshold, read without counting the deliveries. */
  public Lag lag() {
    return new Lag(lagSince(states.oldestWaiting()), threshold);
  }

  private Duration lagSince(Optional<Instant> oldest) {
    var now = clock.instant();
    return oldest
        .map(since -> since.isBefore(now) ? Duration.between(since, now) : Duration.ZERO)
        .orElse(Duration.ZERO);
  }
}
