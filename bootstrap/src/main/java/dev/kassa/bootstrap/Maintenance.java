package dev.kassa.bootstrap;

import dev.kassa.application.Kassa;
import dev.kassa.domain.shared.StorageUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping on a schedule: releases holds whose time is up, cancels orders whose payment lapsed
 * before the money was taken (an unpaid gateway reservation, a card authorization never captured;
 * their stock goes back), completes provider refunds left {@code requested} by an interruption, and
 * forgets idempotency keys once their retention is over; every two seconds, seals the journal rows
 * committed since the last run. Each task is safe to run from several Kassa processes at once.
 */
final class Maintenance implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
  private static final Duration SWEEP_PERIOD = Duration.ofSeconds(30);
  private static final Duration KEY_PURGE_PERIOD = Duration.ofMinutes(10);
  private static final Duration SEAL_PERIOD = Duration.ofSeconds(2);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().name("kassa-maintenance").daemon().unstarted(runnable));

  Maintenance(Kassa kassa, Clock clock) {
    this(kassa, clock, SWEEP_PERIOD, KEY_PURGE_PERIOD);
  }

  Maintenance(Kassa kassa, Clock clock, Duration sweepPeriod, Duration keyPurgePeriod) {
    every(SEAL_PERIOD, "journal rows sealed", () -> kassa.sealJournal().execute());
    every(sweepPeriod, "expired holds released", () -> kassa.expireHolds().execute());
    every(
        sweepPeriod,
        "orders cancelled whose payment lapsed before the money was taken",
        () -> kassa.expireUnpaidOrders().execute());
    every(
        sweepPeriod,
        "interrupted provider refunds completed",
        () -> kassa.completeRequestedRefunds().execute());
    every(
        keyPurgePeriod,
        "expired idempotency keys purged",
        () -> kassa.purgeIdempotencyKeys().execute());
  }

  private void every(Duration period, String done, IntSupplier task) {
    // The task catches its own failures and close() stops it, so its future is not needed.
    var unused =
        scheduler.scheduleWithFixedDelay(
            () -> {
              try {
                var count = task.getAsInt();
                if (count > 0) {
                  LOG.info("{} {}", count, done);
                }
              } catch (StorageUnavailableException e) {
                LOG.warn("housekeeping skipped ({}): {}; will retry", done, e.getMessage());
              } catch (RuntimeException e) {
                LOG.warn("housekeeping failed ({}); will retry", done, e);
              }
            },
            period.toMillis(),
            period.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
