package dev.kassa.adapters.kafka;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that runs one step after another until stopped: it pauses when a step found
 * nothing to do, and backs off (logging once per outage) while steps fail. A step that has begun
 * always finishes: stopping only keeps the next one from starting.
 */
final class Loop {

  private static final Logger LOG = LoggerFactory.getLogger(Loop.class);
  private static final Duration IDLE = Duration.ofMillis(100);
  private static final Duration FAILING = Duration.ofSeconds(1);

  private final Thread thread;
  private volatile boolean running = true;

  private Loop(String name, IntSupplier step, Runnable onStop) {
    this.thread = Thread.ofPlatform().name(name).unstarted(() -> run(name, step, onStop));
  }

  static Loop start(String name, IntSupplier step, Runnable onStop) {
    var loop = new Loop(name, step, onStop);
    loop.thread.start();
    return loop;
  }

  void stop() {
    running = false;
  }

  /** Waits up to {@code deadline} for the step in flight to finish; true when the thread ended. */
  boolean await(Duration deadline) {
    try {
      return thread.join(deadline);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void run(String name, IntSupplier step, Runnable onStop) {
    var failing = false;
    try {
      while (running) {
        try {
          var done = step.getAsInt();
          if (failing) {
            LOG.info("{} works again", name);
            failing = false;
          }
          if (done == 0) {
            sleep(IDLE);
          }
        } catch (RuntimeException failed) {
          if (!failing) {
            LOG.warn("{} failed; retrying every {}", name, FAILING, failed);
            failing = true;
          }
          sleep(FAILING);
        }
      }
    } finally {
      onStop.run();
    }
  }

  private void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException interrupted) {
      running = false;
    }
  }
}
