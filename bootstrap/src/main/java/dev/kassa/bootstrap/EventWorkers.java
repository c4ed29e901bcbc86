package dev.kassa.bootstrap;

import dev.kassa.application.events.KassaEvents;
import dev.kassa.domain.shared.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process delivery workers: {@code threads} threads, each claiming a batch of due deliveries
 * and delivering it, woken by the {@link dev.kassa.application.events.DeliverySignal} after a
 * commit that scheduled deliveries and polling every {@link #POLL} otherwise (for retries coming
 * due, and for deliveries scheduled by other processes). Several processes on one database share
 * the work. Closing stops claiming, lets the deliveries in flight finish within the deadline, and
 * releases the claimed ones not started; what is left waits in the database for the next start.
 */
final class EventWorkers implements AutoCloseable {

  static final Duration POLL = Duration.ofSeconds(1);

  /**
   * Deliveries per claim: each claim costs a transaction and each subscriber's share of it a read
   * or two, however many it holds (at 16, two workers fell behind 1,000 transfers a second).
   */
  static final int BATCH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(EventWorkers.class);

  private final KassaEvents events;
  private final Duration deadline;
  private final List<Thread> threads = new ArrayList<>();
  private final LagWatch lagWatch;
  private volatile boolean stopping;

  EventWorkers(KassaEvents events, int threads, Duration deadline) {
    this.events = events;
    this.deadline = deadline;
    this.lagWatch = new LagWatch(events.checkEventDelivery());
    for (int i = 0; i < threads; i++) {
      this.threads.add(Thread.ofPlatform().name("kassa-events-" + i).daemon().start(this::work));
    }
  }

  private void work() {
    while (!stopping) {
      var seen = events.signal().rings();
      try {
        lagWatch.check();
        if (events.dispatchEvents().execute(BATCH, () -> stopping) == 0) {
          events.signal().await(seen, POLL);
        }
      } catch (InterruptedException interrupted) {
        return;
      } catch (StorageUnavailableException e) {
        LOG.warn("event delivery paused: {}; will retry", e.getMessage());
        pause();
      } catch (RuntimeException e) {
        LOG.warn("event delivery failed; will retry", e);
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }

  @Override
  public void close() {
    stopping = true;
    events.signal().ring();
    var end = System.nanoTime() + deadline.toNanos();
    for (var thread : threads) {
      try {
        var left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
        if (!thread.join(left)) {
          LOG.warn("{} still delivering after {}; interrupted", thread.getName(), deadline);
          thread.interrupt();
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
