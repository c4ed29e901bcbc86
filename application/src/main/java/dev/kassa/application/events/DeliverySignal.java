package dev.kassa.application.events;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the delivery workers: rung after a unit of work that scheduled deliveries commits. A worker
 * notes {@link #rings()} before it claims, and when it found nothing waits for a ring after that
 * count, so a ring between its claim and its wait is never missed.
 */
public final class DeliverySignal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition rung = lock.newCondition();
  private long rings;

  public void ring() {
    lock.lock();
    try {
      rings++;
      rung.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public long rings() {
    lock.lock();
    try {
      return rings;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the signal rang more than {@code seen} times, or {@code timeout} passed. */
  public void await(long seen, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      var left = timeout.toNanos();
      while (rings == seen && left > 0) {
        left = rung.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }
}
