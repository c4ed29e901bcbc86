package dev.kassa.bootstrap;

import dev.kassa.application.events.CheckEventDelivery;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs at warn when event delivery starts lagging past its threshold, and at info when it is back
 * under it: once per crossing, not on every poll. Checks at most every {@link #EVERY}, reading only
 * the oldest waiting delivery (counting every delivery ever made would grow with the history).
 */
final class LagWatch {

  static final Duration EVERY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(LagWatch.class);

  private final CheckEventDelivery check;
  private final AtomicBoolean lagging = new AtomicBoolean();
  private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());

  LagWatch(CheckEventDelivery check) {
    this.check = check;
  }

  void check() {
    var due = nextCheck.get();
    if (System.nanoTime() - due < 0
        || !nextCheck.compareAndSet(due, System.nanoTime() + EVERY.toNanos())) {
      return;
    }
    var lag = check.lag();
    if (lag.lagging() && lagging.compareAndSet(false, true)) {
      LOG.warn(
          "event delivery lags: the oldest pending delivery waits {}, past EVENT_LAG_WARN {}"
              + " (counts per status: GET /v1/health)",
          lag.lag(),
          lag.threshold());
    } else if (!lag.lagging() && lagging.compareAndSet(true, false)) {
      LOG.info("event delivery caught up: the oldest pending delivery waits {}", lag.lag());
    }
  }
}
