package dev.kassa.bootstrap;

import dev.kassa.application.idempotency.RunIdempotently;
import dev.kassa.domain.idempotency.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Housekeeping on a schedule: forgets idempotency keys once their retention is over. */
final class Maintenance implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
  private static final Duration PERIOD = Duration.ofMinutes(10);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().name("kassa-maintenance").daemon().unstarted(runnable));

  Maintenance(IdempotencyStore idempotency, Clock clock) {
    scheduler.scheduleWithFixedDelay(
        () -> purge(idempotency, clock), PERIOD.toSeconds(), PERIOD.toSeconds(), TimeUnit.SECONDS);
  }

  private static void purge(IdempotencyStore idempotency, Clock clock) {
    try {
      var purged = idempotency.purge(clock.instant().minus(RunIdempotently.RETENTION));
      if (purged > 0) {
        LOG.info("purged {} expired idempotency keys", purged);
      }
    } catch (RuntimeException e) {
      LOG.warn("idempotency key purge failed; will retry", e);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
