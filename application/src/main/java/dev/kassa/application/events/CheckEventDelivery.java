package dev.kassa.application.events;

import dev.kassa.domain.event.DeliveryCounts;
import dev.kassa.domain.event.EventDeliveries;
import java.time.Clock;
import java.time.Duration;

/**
 * How far event delivery lags: the age of the oldest pending delivery, against a threshold past
 * which delivery counts as degraded (not failed: the changes themselves still commit).
 */
public final class CheckEventDelivery {

  /**
   * The lag ({@link Duration#ZERO} when nothing is pending) and whether it passed the threshold.
   */
  public record Health(DeliveryCounts counts, Duration lag, Duration threshold) {

    public boolean lagging() {
      return lag.compareTo(threshold) > 0;
    }
  }

  private final EventDeliveries deliveries;
  private final Duration threshold;
  private final Clock clock;

  public CheckEventDelivery(EventDeliveries deliveries, Duration threshold, Clock clock) {
    if (!threshold.isPositive()) {
      throw new IllegalArgumentException("threshold must be positive");
    }
    this.deliveries = deliveries;
    this.threshold = threshold;
    this.clock = clock;
  }

  public Health execute() {
    var counts = deliveries.counts();
    var now = clock.instant();
    var lag =
        counts
            .oldestPendingSince()
            .map(since -> since.isBefore(now) ? Duration.between(since, now) : Duration.ZERO)
            .orElse(Duration.ZERO);
    return new Health(counts, lag, threshold);
  }
}
